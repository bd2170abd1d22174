import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ROUTES_FROM_STORIES,
  ROUTES_NOT_FROM_STORIES,
  pathsShowingComments,
  pathsShowingStory,
} from "./story-derived-routes";

const appDir = path.resolve("app");
const routeFile = /^(page|route)\.[jt]sx?$/;
const metadataFile = /^(opengraph-image|twitter-image|icon|apple-icon|sitemap|robots|manifest)\./;

/** Every route under app/, named by its folder (a metadata file by its folder and file name). */
function routesUnderApp(dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routesUnderApp(full);
    const folder = path.relative(appDir, dir).split(path.sep).join("/");
    if (routeFile.test(entry.name)) return [folder];
    const metadata = metadataFile.exec(entry.name);
    return metadata ? [[folder, metadata[1]].filter(Boolean).join("/")] : [];
  });
}

const notFromStories = (route: string) =>
  Object.keys(ROUTES_NOT_FROM_STORIES).some((listed) => route === listed || route.startsWith(`${listed}/`));

describe("the routes derived from stories", () => {
  const routes = routesUnderApp();

  it("finds the app's routes, metadata images included", () => {
    expect(routes).toContain("(site)/[section]/[slug]");
    expect(routes).toContain("(site)/[section]/[slug]/opengraph-image");
    expect(routes).toContain("%5Fsite/[file]");
    expect(routes).toContain("logo.png");
  });

  it("name every route under app/, or say why no story write changes it", () => {
    const unlisted = routes.filter((route) => !(route in ROUTES_FROM_STORIES) && !notFromStories(route));
    expect(unlisted, "add these to ROUTES_FROM_STORIES or ROUTES_NOT_FROM_STORIES").toEqual([]);
  });

  it("name only routes that exist, each in one list", () => {
    for (const listed of Object.keys(ROUTES_FROM_STORIES)) {
      expect(routes, listed).toContain(listed);
      expect(notFromStories(listed), listed).toBe(false);
    }
    for (const listed of Object.keys(ROUTES_NOT_FROM_STORIES)) {
      expect(
        routes.some((route) => route === listed || route.startsWith(`${listed}/`)),
        listed,
      ).toBe(true);
    }
  });

  it("revalidate whole routes only under the route's own name, with its group (%5F read as _, as Next does)", () => {
    const story = { slugs: ["a-story"], sectionSlugs: ["world"] };
    for (const [name, route] of Object.entries(ROUTES_FROM_STORIES)) {
      if (!("cachedPages" in route)) continue;
      for (const page of route.cachedPages(story).filter((page) => page.includes("["))) {
        expect(page, name).toBe(`/${decodeURIComponent(name)}`);
      }
    }
  });
});

describe("pathsShowingStory", () => {
  const everyList = [
    "/(site)/[section]/before/[story]",
    "/(site)/[section]/[slug]/comments/[page]",
    "/(site)/[section]/[slug]/comments/newest/[page]",
    ...["tag", "agency", "byline"].flatMap((kind) => [
      `/(site)/${kind}/[slug]`,
      `/(site)/${kind}/[slug]/before/[story]`,
    ]),
  ];

  it("names the story, its share page and later comment pages, its section and feeds, every list and the site's feeds", () => {
    expect(pathsShowingStory({ slugs: ["a-story"], sectionSlugs: ["world"] }).sort()).toEqual(
      [
        "/_front/latest",
        "/world",
        "/world/a-story",
        "/world/a-story/share",
        "/world/a-story/comments/newest",
        "/world/feed.xml",
        "/world/atom.xml",
        "/_site/[file]",
        "/(site)/_corrections/[page]",
        ...everyList,
      ].sort(),
    );
  });

  it("also names the addresses a moved or renamed story left", () => {
    const paths = pathsShowingStory({ slugs: ["new-slug", "old-slug"], sectionSlugs: ["world", "business"] });
    for (const section of ["world", "business"]) {
      expect(paths).toContain(`/${section}`);
      expect(paths).toContain(`/${section}/feed.xml`);
      for (const slug of ["new-slug", "old-slug"]) {
        expect(paths).toContain(`/${section}/${slug}`);
        expect(paths).toContain(`/${section}/${slug}/share`);
        expect(paths).toContain(`/${section}/${slug}/comments/newest`);
      }
    }
  });
});

describe("pathsShowingComments", () => {
  it("names the story page, every later comment page and the newest-first pages, and nothing that lists stories", () => {
    expect(pathsShowingComments("world", "a-story")).toEqual([
      "/world/a-story",
      "/(site)/[section]/[slug]/comments/[page]",
      "/world/a-story/comments/newest",
      "/(site)/[section]/[slug]/comments/newest/[page]",
    ]);
  });
});
