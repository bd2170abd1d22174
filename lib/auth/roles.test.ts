import { describe, expect, it } from "vitest";
import { Refusal } from "../errors";
import { authorize, can, type Permission, type StaffRole } from "./roles";

const table: Record<StaffRole, Permission[]> = {
  admin: ["dashboard", "comments", "stories", "outbox", "settings", "staff"],
  editor: ["dashboard", "comments", "stories", "outbox"],
  moderator: ["dashboard", "comments"],
};
const everything: Permission[] = ["dashboard", "comments", "stories", "outbox", "settings", "staff"];

describe("roles", () => {
  it.each(Object.entries(table))("%s may do exactly its own part of the newsroom", (role, allowed) => {
    for (const permission of everything) {
      expect(can(role as StaffRole, permission), permission).toBe(allowed.includes(permission));
    }
  });

  it("authorize refuses nobody signed in, and a role without the permission", () => {
    const moderator = { id: "m", name: "M", email: "m@example.com", role: "moderator" as const };
    expect(() => authorize(null, "comments")).toThrow(new Refusal("signed-out"));
    expect(() => authorize(moderator, "stories")).toThrow(new Refusal("forbidden"));
    expect(() => authorize(moderator, "comments")).not.toThrow();
  });
});
