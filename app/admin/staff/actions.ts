"use server";

import { revalidatePath } from "next/cache";
import type { FormAction } from "@/lib/actions/form-state";
import { redirectAfter } from "@/lib/actions/form-action";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { siteAccountMail } from "@/lib/auth/account-actions";
import type { InvitationFormState } from "@/lib/auth/account-form-state";
import { staffPageAddress } from "@/lib/newsroom/staff-page-notices";
import {
  changeStaffRole,
  inviteStaff,
  resendInvitation,
  setStaffDisabled,
} from "@/lib/newsroom/staff-accounts";
import { invitationForm, roleChangeForm, staffUserForm } from "@/lib/validation/accounts";

/** Invite someone; the form empties for the next one and the list shows them as invited. */
export const inviteStaffAction: FormAction<InvitationFormState> = newsroomAction("staff", {
  name: "invite staff",
  fields: ["name", "email", "role"],
  maxValueLength: 254,
  schema: invitationForm,
  run: async (invitee, { db, staff }) => {
    await inviteStaff(db, staff, invitee, siteAccountMail());
    revalidatePath("/admin/staff");
    return { invited: invitee.email, values: { name: "", email: "", role: invitee.role } };
  },
});

// The per-person buttons post, then come back to the list with what happened in its address.

export const changeRoleAction = redirectAfter(
  newsroomAction("staff", {
    name: "change staff role",
    fields: ["userId", "role"],
    schema: roleChangeForm,
    run: async (input, { db, staff }) => {
      await changeStaffRole(db, staff, input);
      return {};
    },
  }),
  (state) => staffPageAddress("role-changed", state),
);

export const disableStaffAction = redirectAfter(
  newsroomAction("staff", {
    name: "disable staff",
    fields: ["userId"],
    schema: staffUserForm,
    run: async ({ userId }, { db, staff }) => {
      await setStaffDisabled(db, staff, { userId, disabled: true });
      return {};
    },
  }),
  (state) => staffPageAddress("disabled", state),
);

export const enableStaffAction = redirectAfter(
  newsroomAction("staff", {
    name: "enable staff",
    fields: ["userId"],
    schema: staffUserForm,
    run: async ({ userId }, { db, staff }) => {
      await setStaffDisabled(db, staff, { userId, disabled: false });
      return {};
    },
  }),
  (state) => staffPageAddress("enabled", state),
);

export const resendInvitationAction = redirectAfter(
  newsroomAction("staff", {
    name: "resend invitation",
    fields: ["userId"],
    schema: staffUserForm,
    run: async ({ userId }, { db, staff }) => {
      await resendInvitation(db, staff, userId, siteAccountMail());
      return {};
    },
  }),
  (state) => staffPageAddress("invitation-sent", state),
);
