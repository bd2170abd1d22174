import "server-only";
import { getResetLinkAccountHere } from "../auth/account-actions";
import { getInvitation as invitation, listStaff as staff } from "../newsroom/staff-accounts";
import { withAppDatabase } from "./with-app-database";

/** What the account pages read, from the app's database. */
export const getResetLinkAccount = withAppDatabase(getResetLinkAccountHere);
export const getInvitation = withAppDatabase((db, token: string) => invitation(db, token));
export const listStaff = withAppDatabase(staff);
