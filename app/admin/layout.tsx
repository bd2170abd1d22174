import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/AdminHeader";
import { currentStaff } from "@/lib/auth/current-staff";
import { env } from "@/lib/env";
import { signOutAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Newsroom", template: `%s | ${env.SITE_NAME} newsroom` },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  return (
    <>
      <AdminHeader siteName={env.SITE_NAME} staff={staff} signOut={signOutAction} />
      <main id="content" className="mx-auto max-w-6xl px-4 py-8 font-sans">
        {children}
      </main>
    </>
  );
}
