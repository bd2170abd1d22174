import type { Metadata } from "next";
import { InviteStaffForm } from "@/components/admin/InviteStaffForm";
import { Notice } from "@/components/admin/Notice";
import { StaffTable } from "@/components/admin/StaffTable";
import { staffForPage } from "@/lib/auth/staff-page";
import { listStaff } from "@/lib/data/accounts";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { staffPageNotice } from "@/lib/newsroom/staff-page-notices";
import {
  changeRoleAction,
  disableStaffAction,
  enableStaffAction,
  inviteStaffAction,
  resendInvitationAction,
} from "./actions";

export const metadata: Metadata = { title: "Staff" };

/** Admins only: who has a newsroom account, their roles, invitations, and disabling. */
export default async function StaffPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: string; refused?: string }>;
}) {
  const staff = await staffForPage("staff", "/admin/staff");
  const notice = staffPageNotice(await searchParams);
  const members = await listStaff(staff);
  return (
    <>
      <h1 className="text-3xl font-bold">Staff</h1>
      <Notice message={notice?.message} tone={notice?.tone} />
      <p className="mt-4 max-w-prose">
        Disabling an account signs its holder out everywhere at once; they cannot sign in or reset their
        password until an admin enables it again. Their stories and replies stay as they are.
      </p>
      <StaffTable
        staff={members}
        you={staff.id}
        formatTime={(date) => formatShortDateTime(date, env.SITE_TIMEZONE)}
        actions={{
          changeRole: changeRoleAction,
          disable: disableStaffAction,
          enable: enableStaffAction,
          resend: resendInvitationAction,
        }}
      />
      <h2 className="mt-10 text-2xl font-bold">Invite someone</h2>
      <p className="mt-2 max-w-prose">
        They are emailed a link to choose their own password. It works once, within 7 days.
      </p>
      <InviteStaffForm action={inviteStaffAction} />
    </>
  );
}
