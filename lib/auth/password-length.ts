/** Staff passwords: long enough to resist guessing, short enough to hash quickly. A module of its own, so forms in the browser can say it without the hashing library. */
export const PASSWORD_LENGTH = { min: 12, max: 256 } as const;
