import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/Notice";
import { SignInForm } from "@/components/admin/SignInForm";
import { Dashboard } from "@/components/admin/Dashboard";
import { currentStaff } from "@/lib/auth/current-staff";
import { newsroomDestination } from "@/lib/validation/sign-in";
import { signInAction } from "./actions";
import { summarizeNewsroom } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Dashboard" };

/** Signed out: the sign-in. Signed in: the dashboard. */
export default async function AdminHome({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; password?: string; invitation?: string }>;
}) {
  const staff = await currentStaff();
  if (!staff) {
    const { next, password, invitation } = await searchParams;
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">Sign in to the newsroom</h1>
        {password === "changed" && (
          <Notice message="Your password has been changed and you have been signed out everywhere. Sign in with the new password." />
        )}
        {invitation === "accepted" && <Notice message="Your password is saved. Sign in with it to start." />}
        <div className="mt-6">
          <SignInForm action={signInAction} next={newsroomDestination(next)} />
        </div>
        <p className="mt-6">
          <Link href="/admin/forgot-password">Forgot your password?</Link>
        </p>
      </>
    );
  }
  return <Dashboard summary={await summarizeNewsroom(staff)} />;
}
