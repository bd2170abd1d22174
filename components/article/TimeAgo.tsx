"use client";

import { useEffect, useState } from "react";
import { relativeTime } from "@/lib/dates/relative-time";

/**
 * The date as the server wrote it into the (cached) page; with JavaScript, "2 hours ago" while
 * the moment is recent, kept up to date, and the date again once it is a day old.
 */
export function TimeAgo({ iso, dated, title }: { iso: string; dated: string; title: string }) {
  const [text, setText] = useState(dated);
  useEffect(() => {
    const update = () => setText(relativeTime(new Date(iso), new Date()) ?? dated);
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [iso, dated]);
  return (
    <time dateTime={iso} title={title}>
      {text}
    </time>
  );
}
