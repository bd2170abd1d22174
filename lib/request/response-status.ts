import "server-only";
import { headers } from "next/headers";
import { STATUS_SLOT_HEADER, statusSlot } from "../server/status-slots";

/** Asks for this status on the answer to the current form post; elsewhere (next dev) it does nothing. */
export async function answerWithStatus(status: number): Promise<void> {
  const slot = statusSlot((await headers()).get(STATUS_SLOT_HEADER));
  if (slot) slot.status = status;
}
