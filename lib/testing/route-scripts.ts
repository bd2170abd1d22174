// The JavaScript a page of a production build makes a browser load, read from the build's own
// manifests: the framework's main files (build-manifest.json) and the client chunks of the page,
// its layouts and boundaries (the page's client-reference manifest).
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

type ReferenceManifest = { entryJSFiles: Record<string, string[]> };

/** A route by its app/ folder, as the build names it: "/(site)/[section]/[slug]/page". */
export function routeScripts(distDir: string, route: string): Set<string> {
  const main = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  // The manifest is a script that assigns to globalThis; run it on an object of its own.
  const scope = { __RSC_MANIFEST: {} as Record<string, ReferenceManifest> };
  const file = path.join(distDir, "server", "app", `${route}_client-reference-manifest.js`);
  runInNewContext(readFileSync(file, "utf8"), { globalThis: scope });
  const manifest = scope.__RSC_MANIFEST[route];
  if (!manifest) throw new Error(`no client manifest for ${route} in ${file}`);
  return new Set([...main.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
}

/** Bytes as sent compressed: gzip at the level Next's compression answers with. */
export function encodedBytes(distDir: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(path.join(distDir, file)), { level: 6 }).length;
  return total;
}

/** The scripts a route loads beyond the framework's floor: what a 404 page loads. */
export function ownScripts(distDir: string, route: string): string[] {
  const floor = routeScripts(distDir, "/_not-found/page");
  return [...routeScripts(distDir, route)].filter((file) => !floor.has(file));
}
