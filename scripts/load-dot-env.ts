import { existsSync } from "node:fs";

/** Loads `.env` for CLIs the way Next does for the app; real environment variables win. */
export function loadDotEnv(): void {
  if (existsSync(".env")) process.loadEnvFile(".env");
}
