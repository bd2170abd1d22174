"use client";

import { useEffect, useState } from "react";
import { relativeTime } from "@/lib/dates/relative-time";

/**
 * "2 hours ago", as the server said it when it rendered the (cached) page; with JavaScript it
 * is brought up to date, and becomes the full date once the story is a day old.
 */
export function TimeAgo({ iso, rendered, full }: { iso: string; rendered: string; full: string }) {
  const [text, setText] = useState(rendered);
  useEffect(() => {
    const update = () => setText(relativeTime(new Date(iso), new Date()) ?? full);
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [iso, full]);
  return (
    <time dateTime={iso} title={full}>
      {text}
    </time>
  );
}
