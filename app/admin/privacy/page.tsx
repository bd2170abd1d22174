import type { Metadata } from "next";
import { ExportPersonForm, ErasePersonForm } from "@/components/admin/PrivacyForms";
import { staffForPage } from "@/lib/auth/staff-page";
import { erasePersonAction, exportPersonAction } from "./actions";

export const metadata: Metadata = { title: "Privacy requests" };

/** A reader asks what is stored about them, or to be erased: the admin answers here. */
export default async function PrivacyRequestsPage() {
  await staffForPage("settings", "/admin/privacy");
  return (
    <>
      <h1 className="text-3xl font-bold">Privacy requests</h1>
      <p className="mt-2 max-w-2xl">
        Answer a reader who asks what is stored under their email address, or asks to be erased. Check that
        the request comes from the address&rsquo;s owner first (reply to it, for example). The{" "}
        <a href="/privacy" className="underline">
          privacy page
        </a>{" "}
        tells readers what both do.
      </p>
      <ExportPersonForm action={exportPersonAction} />
      <ErasePersonForm action={erasePersonAction} />
    </>
  );
}
