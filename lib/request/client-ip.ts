import "server-only";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "../server/client-address";

/** The address of the visitor making this request, as our HTTP server established it. */
export async function clientIp(): Promise<string> {
  const value = (await headers()).get(CLIENT_IP_HEADER);
  // `next dev` runs without our server; there every request is the developer's own.
  return value ?? "unknown";
}
