/** Newsroom accounts created for each e2e run by scripts/e2e.ts (passwords for tests only). */
export const e2eStaff = {
  admin: { email: "admin@dateline.test", password: "e2e admin password", role: "admin" },
  editor: { email: "editor@dateline.test", password: "e2e editor password", role: "editor" },
  moderator: { email: "moderator@dateline.test", password: "e2e moderator password", role: "moderator" },
  /** Only the lock-out test signs in with this one, so locking it touches no other test. */
  lockable: { email: "lockable@dateline.test", password: "e2e lockable password", role: "moderator" },
  /** Only the password-reset test uses this one: it ends with another password. */
  forgetful: { email: "forgetful@dateline.test", password: "e2e forgetful password", role: "editor" },
} as const;
