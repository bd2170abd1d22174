import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Where a backup is written until it is complete: beside the final name (one file system, so
 * the rename is atomic), so a backup cut short never carries the name of a good one.
 */
export function partialFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.partial`);
}

/** Refuses to write over an earlier backup: old backups are kept or removed by the operator. */
export function assertFreeName(file: string): void {
  if (existsSync(file)) throw new Error(`${file} already exists; name a new file for the backup`);
}

/** Syncs a finished backup to disk and gives it its name, then syncs the folder so the name survives power loss. */
export function publishBackup(partial: string, file: string): void {
  const fd = openSync(partial, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  const dir = openSync(path.dirname(file), "r");
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** Removes what a failed backup left behind. */
export function discardPartial(partial: string): void {
  rmSync(partial, { force: true });
}

/** Fails early, with a sentence, when a file is not the kind of backup a restore expects. */
export function assertStartsWith(file: string, magic: string, kind: string): void {
  const head = Buffer.alloc(magic.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") !== magic) throw new Error(`${file} is not ${kind}`);
}
