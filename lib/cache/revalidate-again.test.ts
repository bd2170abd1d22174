import { afterEach, describe, expect, it, vi } from "vitest";
import { processState } from "../server/process-state";
import { REVALIDATE_AGAIN_AFTER_MS, revalidateAgainLater, type RevalidateRequest } from "./revalidate-again";

afterEach(() => {
  vi.useRealTimers();
  delete processState.revalidate;
});

describe("revalidateAgainLater", () => {
  it("asks the server to revalidate the same paths once more, marked as the repeat, after the delay", async () => {
    vi.useFakeTimers();
    const sent: RevalidateRequest[] = [];
    processState.revalidate = async (body) => void sent.push(body);
    revalidateAgainLater({ paths: ["/", "/world/a-story"] });
    revalidateAgainLater({ everything: true });
    await vi.advanceTimersByTimeAsync(REVALIDATE_AGAIN_AFTER_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([
      { paths: ["/", "/world/a-story"], again: false },
      { everything: true, again: false },
    ]);
    await vi.advanceTimersByTimeAsync(REVALIDATE_AGAIN_AFTER_MS * 3);
    expect(sent).toHaveLength(2);
  });

  it("does nothing without our server (next dev) or without paths", async () => {
    vi.useFakeTimers();
    expect(() => revalidateAgainLater({ paths: ["/"] })).not.toThrow();
    const sent: RevalidateRequest[] = [];
    processState.revalidate = async (body) => void sent.push(body);
    revalidateAgainLater({ paths: [] });
    await vi.advanceTimersByTimeAsync(REVALIDATE_AGAIN_AFTER_MS * 2);
    expect(sent).toEqual([]);
  });
});
