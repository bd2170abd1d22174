// What a page makes a browser download, as Chromium counts it: encoded (compressed) bytes
// of each script, from the network log, for a reader who only reads (no scrolling, no input).
import type { Browser } from "@playwright/test";

export type PageWeight = { scripts: Map<string, number>; scriptBytes: number; consoleErrors: string[] };

export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map<string, string>();
  const scripts = new Map<string, number>();
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") urls.set(event.requestId, event.response.url);
  });
  cdp.on("Network.loadingFinished", (event) => {
    const scriptUrl = urls.get(event.requestId);
    if (scriptUrl) scripts.set(new URL(scriptUrl).pathname, event.encodedDataLength);
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await context.close();
  const scriptBytes = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
  return { scripts, scriptBytes, consoleErrors };
}
