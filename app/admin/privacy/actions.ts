"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { revalidatePaths } from "@/lib/cache/revalidate-reader-pages";
import { authorize } from "@/lib/auth/roles";
import { erasePerson } from "@/lib/privacy/erase-person";
import { exportPersonLogged } from "@/lib/privacy/export-person";
import {
  describeErasure,
  describeExport,
  eraseRequest,
  exportRequest,
  type EraseFormState,
  type ExportFormState,
} from "@/lib/privacy/privacy-request";

/** Everything stored under an address, shown as JSON to download. */
export const exportPersonAction: FormAction<ExportFormState> = newsroomAction("settings", {
  name: "privacy export",
  fields: ["email"],
  schema: exportRequest,
  run: async ({ email }, { db, staff }) => {
    authorize(staff, "settings");
    const data = await exportPersonLogged(db, staff, email);
    return { json: JSON.stringify(data, null, 2), summary: describeExport(data) };
  },
});

/** Erases a person (see lib/privacy/erase-person.ts) and refreshes the pages that showed them. */
export const erasePersonAction: FormAction<EraseFormState> = newsroomAction("settings", {
  name: "privacy erase",
  fields: ["email", "removeText", "confirm"],
  schema: eraseRequest,
  run: async ({ email, removeText }, { db, staff }) => {
    authorize(staff, "settings");
    const report = await erasePerson(db, email, { removeText, by: staff });
    revalidatePaths(report.paths);
    // For the server log: counts only, no address.
    console.info(
      `privacy erase by ${staff.id}: ${report.commentsAnonymised} comments, ${report.sharesAnonymised + report.sharesDropped + report.sharesReceivedDeleted} shares`,
    );
    return { report: describeErasure(report), values: { confirm: "" } };
  },
});
