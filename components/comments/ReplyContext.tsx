"use client";

import { createContext, useContext, useState } from "react";

export type ReplyTarget = { id: number; name: string } | null;

const ReplyContext = createContext<{ target: ReplyTarget; setTarget: (target: ReplyTarget) => void }>({
  target: null,
  setTarget: () => {},
});

/** Shares which comment the reader is replying to between the Reply links and the form. */
export function ReplyProvider({ initial, children }: { initial: ReplyTarget; children: React.ReactNode }) {
  const [target, setTarget] = useState<ReplyTarget>(initial);
  return <ReplyContext.Provider value={{ target, setTarget }}>{children}</ReplyContext.Provider>;
}

export function useReplyTarget() {
  return useContext(ReplyContext);
}
