import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskMediaStore } from "./media-store";
import { parseMediaFileName } from "./media-name";

const directories: string[] = [];
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

describe("the disk media store", () => {
  it("writes a file once, reads it back, and knows no other", async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), "media-"));
    directories.push(directory);
    const store = diskMediaStore(path.join(directory, "nested"));
    const name = `${"a".repeat(32)}-480.jpg`;
    await store.put(name, Buffer.from("first"));
    await store.put(name, Buffer.from("second")); // the same name is the same content: kept
    const opened = await store.open(name);
    expect(opened?.size).toBe(5);
    expect(Buffer.from(await new Response(opened!.stream).arrayBuffer()).toString()).toBe("first");
    expect(await store.open(`${"b".repeat(32)}-480.jpg`)).toBeNull();
    expect(await readdir(path.join(directory, "nested"))).toEqual([name]);
  });
});

describe("a media file name", () => {
  it("is only a hash, a width and one of three formats", () => {
    const hash = "0123456789abcdef0123456789abcdef";
    expect(parseMediaFileName(`${hash}-800.avif`)).toEqual({
      name: `${hash}-800.avif`,
      contentType: "image/avif",
    });
    expect(parseMediaFileName(`${hash}-1600.jpg`)?.contentType).toBe("image/jpeg");
    for (const name of [
      `${hash}-800.png`,
      `${hash}-0800.webp`,
      `${hash.toUpperCase()}-800.jpg`,
      `../${hash}-800.jpg`,
      `${hash}-800.jpg/..`,
      `${hash}-800.jpg\u0000`,
      "..",
      "",
      `${hash}-800.jpg.part`,
    ]) {
      expect(parseMediaFileName(name)).toBeNull();
    }
  });
});
