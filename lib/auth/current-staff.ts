import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { isStaffRole, type Staff } from "./roles";

/** Who is signed in to the newsroom for this request, or null. */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role } = session.user as typeof session.user & { role?: unknown };
  return isStaffRole(role) ? { id, name, email, role } : null;
});
