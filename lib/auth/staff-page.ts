import "server-only";
import { forbidden, redirect } from "next/navigation";
import { currentStaff } from "./current-staff";
import { can, type Permission, type Staff } from "./roles";

/**
 * The signed-in member of staff for a newsroom page: signed-out visitors are sent to the
 * sign-in (and back here after it), a role without the permission gets 403.
 */
export async function staffForPage(permission: Permission, path: string): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/admin?next=${encodeURIComponent(path)}`);
  if (!can(staff.role, permission)) forbidden();
  return staff;
}
