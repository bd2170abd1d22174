import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "../server/client-address";

/** The address of the visitor making this request, as our HTTP server established it (lib/server/client-address.ts). */
export async function currentClientAddress(): Promise<string> {
  const value = (await headers()).get(CLIENT_ADDRESS_HEADER);
  // `next dev` runs without our server; there every request is the developer's own.
  return value ?? "unknown";
}
