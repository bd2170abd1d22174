import { describe, expect, it } from "vitest";
import { looksLikeLink } from "./link-like";

describe("looksLikeLink", () => {
  it.each([
    "v.gd/x",
    "t.co/x1y2",
    "127.0.0.1/admin",
    "see 10.0.0.1",
    "example\uff0ecom",
    "example\u3002com",
    "example\uff61com",
    "example\u2024com",
    "\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444",
    "xn--e1afmkfd.xn--p1ai",
    "evil.de",
    "bit.ly/x",
    "news.example.co.uk",
    "https://spam.example",
    "HTTPS://SPAM",
    "www.spam",
    "mail me at spam.example.org",
    "t.co",
    "x.ai:8080",
    "[::1]/admin",
    "fe80::1",
    "localhost:3000/admin",
    "\uff45\uff56\uff49\uff4c\uff0e\uff44\uff45",
    "javascript:alert(1)",
    "evil . de".replace(/ /g, ""),
  ])("finds a link in %j", (text) => {
    expect(looksLikeLink(text)).toBe(true);
  });

  it.each([
    "Ada Lovelace",
    "J.R. Smith",
    "J.Smith",
    "As we said, e.g. the harbour.",
    "i.e. the port",
    "Meet at 10:30, or 10.30 at the latest.",
    "Version 2.0 is out",
    "Thought of you when I read this.",
    "Marie-Claire O'Neill",
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    "Prices rose 3.5% in 2026.",
  ])("finds no link in %j", (text) => {
    expect(looksLikeLink(text)).toBe(false);
  });
});
