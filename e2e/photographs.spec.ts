import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { asNewVisitor, axeViolations, problems, REVALIDATED_WITHIN_MS, signIn, unique } from "./helpers";

/** A camera's JPEG: 2000 × 1200, with the maker and the place it was taken in its EXIF. */
async function cameraJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 2000, height: 1200, channels: 3, background: "#3b6e8f" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Dateline Camera" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "53/1 33/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "9/1 59/1 0/1",
      },
    })
    .toBuffer();
}

async function publishStory(
  page: Page,
  headline: string,
  body = "Smoke rose over the harbour on Tuesday.",
): Promise<string> {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Place", { exact: true }).fill("Hamburg");
  await page.getByLabel("Agency", { exact: true }).fill("AFP");
  await page.getByLabel("Section", { exact: true }).selectOption("world");
  await page.getByLabel("Body", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/stories\/\d+\?saved=publish/);
  return `/world/${headline
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}

test.describe("a story's lead photograph", () => {
  test("an editor uploads one without JavaScript; readers get a figure, sized, credited, without its GPS", async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const editor = await context.newPage();
    await asNewVisitor(editor);
    await signIn(editor, "editor", "/admin/stories");
    const headline = unique("Fire in the harbour");
    const href = await publishStory(editor, headline);
    const upload = { name: "harbour.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg() };

    // No alt text: refused, and the caption and credit typed are still there.
    const form = editor.getByRole("region", { name: "Lead photograph" });
    await form.getByLabel("Photograph", { exact: true }).setInputFiles(upload);
    await form.getByLabel("Caption").fill("Smoke over the harbour on Tuesday.");
    await form.getByLabel("Credit").fill("Photo: Jane Roe / AFP");
    await form.getByRole("button", { name: "Upload the photograph" }).click();
    await expect(problems(editor)).toContainText("Describe the photograph for people who cannot see it.");
    await expect(form.getByLabel("Caption")).toHaveValue("Smoke over the harbour on Tuesday.");
    await expect(form.getByLabel("Credit")).toHaveValue("Photo: Jane Roe / AFP");

    // Text named .jpg is judged by what it is.
    await form.getByLabel("Alt text").fill("Smoke rising over cranes in the port of Hamburg");
    await form.getByLabel("Photograph", { exact: true }).setInputFiles({
      name: "notes.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("not a photograph"),
    });
    await form.getByRole("button", { name: "Upload the photograph" }).click();
    await expect(problems(editor)).toContainText("This file is not a JPEG, PNG, WebP or AVIF photograph.");
    await expect(form.getByLabel("Alt text")).toHaveValue("Smoke rising over cranes in the port of Hamburg");

    await form.getByLabel("Photograph", { exact: true }).setInputFiles(upload);
    await form.getByRole("button", { name: "Upload the photograph" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Photograph saved. Readers see it above the story now.",
    );

    const reader = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
    await asNewVisitor(reader);
    const figure = reader.locator("article figure");
    await expect(async () => {
      await reader.goto(href);
      await expect(figure).toHaveCount(1, { timeout: 500 });
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    const image = figure.locator("picture img");
    await expect(image).toHaveAttribute("alt", "Smoke rising over cranes in the port of Hamburg");
    await expect(image).toHaveAttribute("width", "1600");
    await expect(image).toHaveAttribute("height", "960");
    await expect(image).toHaveAttribute("fetchpriority", "high");
    expect(await image.getAttribute("loading")).toBeNull();
    const srcset = (await image.getAttribute("srcset"))!;
    expect(srcset.split(", ").map((entry) => entry.split(" ")[1])).toEqual([
      "480w",
      "800w",
      "1200w",
      "1600w",
    ]);
    await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /-480\.avif 480w/);
    await expect(figure.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /-1600\.webp 1600w/);
    await expect(figure.locator("figcaption")).toHaveText(
      "Smoke over the harbour on Tuesday. Photo: Jane Roe / AFP",
    );
    // The photograph is above the body, and decoded by the browser.
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The largest JPEG: cached for a year, an image, and nothing left of the camera's EXIF.
    const jpegPath = srcset.split(", ").at(-1)!.split(" ")[0]!;
    expect(jpegPath).toMatch(/^\/media\/[0-9a-f]{32}-1600\.jpg$/);
    const served = await reader.request.get(jpegPath);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/jpeg");
    expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const meta = await sharp(await served.body()).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([1600, 960, undefined]);
    const avif = await reader.request.get(jpegPath.replace(".jpg", ".avif"));
    expect(avif.headers()["content-type"]).toBe("image/avif");

    // Link previews, search engines and feeds get the photograph.
    await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      new RegExp(`${jpegPath.replace(/[.]/g, "\\.")}$`),
    );
    const jsonLd = (await reader.locator('script[type="application/ld+json"]').allTextContents())
      .map((text) => JSON.parse(text))
      .find((data) => data["@type"] === "NewsArticle");
    expect(jsonLd.image[0]).toMatchObject({ "@type": "ImageObject", url: expect.stringMatching(jpegPath) });
    await expect(async () => {
      const feed = await (await reader.request.get("/world/feed.xml")).text();
      expect(feed).toMatch(new RegExp(`<enclosure [^>]*url="[^"]*${jpegPath}"`));
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [500] });

    expect(await axeViolations(reader)).toEqual([]);

    // Files that are not ours: 404, never a path outside the media directory.
    for (const path of [
      jpegPath.replace(/[0-9a-f]{32}/, "0".repeat(32)),
      jpegPath.replace(".jpg", ".png"),
      `${jpegPath}.part`,
      "/media/..%2F..%2Fpackage.json",
      "/media/.%2Fpackage.json",
    ]) {
      const response = await reader.request.get(path, { maxRedirects: 0, failOnStatusCode: false });
      expect([400, 404], path).toContain(response.status());
    }

    // Removed: the story has no figure any more.
    await editor.getByRole("button", { name: "Remove photograph" }).click();
    await expect(editor.getByRole("status").first()).toHaveText("The photograph is removed from the story.");
    await expect(async () => {
      await reader.goto(href);
      await expect(figure).toHaveCount(0, { timeout: 500 });
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    await context.close();
  });
});

test.describe("photographs in a story's body", () => {
  test("an editor adds one without JavaScript and places it with [Photo 1]; readers get it lazily, in place", async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const editor = await context.newPage();
    await asNewVisitor(editor);
    await signIn(editor, "editor", "/admin/stories");
    const headline = unique("Cranes at the quay");
    const href = await publishStory(
      editor,
      headline,
      "The cranes stopped at dawn.\n\n[Photo 1]\n\nWork resumed by noon.",
    );
    const section = editor.getByRole("region", { name: "Photographs in the body" });
    const form = section.getByRole("form", { name: "Add a photograph to the body" });
    const upload = { name: "quay.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg() };

    // No alt text: refused, the credit typed is kept.
    await form.getByLabel("Photograph", { exact: true }).setInputFiles(upload);
    await form.getByLabel("Credit").fill("Photo: Jan Kran / AFP");
    await form.getByRole("button", { name: "Upload the photograph" }).click();
    await expect(problems(editor)).toContainText("Describe the photograph for people who cannot see it.");
    await expect(form.getByLabel("Credit")).toHaveValue("Photo: Jan Kran / AFP");

    await form.getByLabel("Photograph", { exact: true }).setInputFiles(upload);
    await form.getByLabel("Alt text").fill("Two idle cranes over an empty quay");
    await form.getByRole("button", { name: "Upload the photograph" }).click();
    await expect(form.getByRole("status")).toContainText(
      "Photo 1 is saved. Put a line reading [Photo 1] in the body",
    );
    await expect(section.getByRole("heading", { name: "Photo 1", exact: true })).toBeVisible();
    await expect(section).toContainText("Placed in the body by the line [Photo 1].");

    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await asNewVisitor(reader);
    const figure = reader.locator("article figure");
    await expect(async () => {
      await reader.goto(href);
      await expect(figure).toHaveCount(1, { timeout: 500 });
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    const image = figure.locator("picture img");
    await expect(image).toHaveAttribute("alt", "Two idle cranes over an empty quay");
    await expect(image).toHaveAttribute("loading", "lazy");
    await expect(image).toHaveAttribute("width", "1600");
    await expect(image).toHaveAttribute("height", "960");
    await expect(figure.locator("figcaption")).toHaveText("Photo: Jan Kran / AFP");
    // Between the paragraphs that surround its line, and the line itself is not shown.
    const body = await reader.locator("article").innerHTML();
    expect(body.indexOf("The cranes stopped at dawn.")).toBeLessThan(body.indexOf("<figure"));
    expect(body.indexOf("<figure")).toBeLessThan(body.indexOf("Work resumed by noon."));
    await expect(reader.locator("article")).not.toContainText("[Photo 1]");

    // Removed: the line stays in the body and shows nothing.
    await section.getByRole("button", { name: "Remove photo 1" }).click();
    await expect(editor.getByRole("status").first()).toContainText("The photograph is removed.");
    await expect(async () => {
      await reader.goto(href);
      await expect(figure).toHaveCount(0, { timeout: 500 });
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    await expect(reader.locator("article")).toContainText("Work resumed by noon.");
    await expect(reader.locator("article")).not.toContainText("[Photo 1]");
    await context.close();
  });
});
