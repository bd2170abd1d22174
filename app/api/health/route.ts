import { checkDatabase } from "@/lib/data/reader";

/** For load balancers and the start script: 200 when the database answers, 503 when not; no detail for strangers. */
export async function GET(): Promise<Response> {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable" },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
