import type { Metadata } from "next";
import { SignInForm } from "@/components/admin/SignInForm";
import { Dashboard } from "@/components/admin/Dashboard";
import { currentStaff } from "@/lib/auth/current-staff";
import { newsroomDestination } from "@/lib/validation/sign-in";
import { signInAction } from "./actions";
import { summarizeNewsroom } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Dashboard" };

/** Signed out: the sign-in. Signed in: the dashboard. */
export default async function AdminHome({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const staff = await currentStaff();
  if (!staff) {
    const { next } = await searchParams;
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">Sign in to the newsroom</h1>
        <SignInForm action={signInAction} next={newsroomDestination(next)} />
      </>
    );
  }
  return <Dashboard summary={await summarizeNewsroom(staff)} />;
}
