import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { isStaffRole, type Staff } from "./roles";

/**
 * Who is signed in to the newsroom for this request, or null. Disabling an account deletes its
 * sessions; a disabled account is refused here too, so no session that slipped past counts.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role, disabledAt } = session.user as typeof session.user & {
    role?: unknown;
    disabledAt?: unknown;
  };
  if (disabledAt) return null;
  return isStaffRole(role) ? { id, name, email, role } : null;
});
