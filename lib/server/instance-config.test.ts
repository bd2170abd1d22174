import { describe, expect, it } from "vitest";
import { instanceConfigProblem, SHARED_SECRETS } from "./instance-config";

const secrets = {
  AUTH_SECRET: "a".repeat(32),
  FORM_SECRET: "f".repeat(32),
  REVALIDATE_SECRET: "r".repeat(16),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};
const REDIS_URL = "redis://127.0.0.1:6379";

describe("instanceConfigProblem", () => {
  it("asks nothing of a single instance, which runs without REDIS_URL", () => {
    expect(instanceConfigProblem({})).toBeNull();
    expect(instanceConfigProblem({ REDIS_URL: "" })).toBeNull();
  });

  it("names every shared secret that is missing when REDIS_URL is set", () => {
    const problem = instanceConfigProblem({ REDIS_URL });

    expect(problem).not.toBeNull();
    for (const name of SHARED_SECRETS) expect(problem).toContain(name);
    expect(problem).toContain("REDIS_URL");
    expect(problem).toContain("Set them");
  });

  it("names only the secrets that are missing", () => {
    const problem = instanceConfigProblem({
      REDIS_URL,
      AUTH_SECRET: secrets.AUTH_SECRET,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    });

    expect(problem).toContain("FORM_SECRET, REVALIDATE_SECRET");
    expect(problem).not.toContain("AUTH_SECRET");
    expect(problem).not.toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY");
  });

  it("speaks of one secret as it and counts an empty one as missing", () => {
    const problem = instanceConfigProblem({ REDIS_URL, ...secrets, FORM_SECRET: "" });

    expect(problem).toContain("same FORM_SECRET.");
    expect(problem).toContain("Set it ");
    expect(problem).not.toContain("AUTH_SECRET");
  });

  it("finds no problem when REDIS_URL and all four secrets are set", () => {
    expect(instanceConfigProblem({ REDIS_URL, ...secrets })).toBeNull();
  });
});
