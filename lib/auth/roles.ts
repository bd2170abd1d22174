import { Refusal } from "../errors";
/** The newsroom's roles, strongest first. */
export const staffRoles = ["admin", "editor", "moderator"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** The areas of the newsroom; each page, action and route handler needs one. */
export type Permission = "dashboard" | "comments" | "stories" | "outbox" | "settings" | "staff";

const grants: Record<StaffRole, readonly Permission[]> = {
  admin: ["dashboard", "comments", "stories", "outbox", "settings", "staff"],
  editor: ["dashboard", "comments", "stories", "outbox"],
  moderator: ["dashboard", "comments"],
};

/** A signed-in member of the newsroom. */
export type Staff = { id: string; name: string; email: string; role: StaffRole };

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (staffRoles as readonly string[]).includes(value);
}

export function can(role: StaffRole, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** Throws unless someone is signed in with a role that has the permission. */
export function authorize(staff: Staff | null, permission: Permission): asserts staff is Staff {
  if (!staff) throw new Refusal("signed-out");
  if (!can(staff.role, permission)) throw new Refusal("forbidden");
}
