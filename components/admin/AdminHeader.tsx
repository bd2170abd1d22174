import Link from "next/link";
import { can, type Permission, type Staff } from "@/lib/auth/roles";
import { buttonClass } from "./styles";

const areas: Array<{ href: string; label: string; permission: Permission }> = [
  { href: "/admin", label: "Dashboard", permission: "dashboard" },
  { href: "/admin/stories", label: "Stories", permission: "stories" },
  { href: "/admin/comments", label: "Comments", permission: "comments" },
  { href: "/admin/outbox", label: "Outbox", permission: "outbox" },
  { href: "/admin/pages", label: "Pages", permission: "settings" },
  { href: "/admin/privacy", label: "Privacy", permission: "settings" },
  { href: "/admin/settings", label: "Settings", permission: "settings" },
  { href: "/admin/staff", label: "Staff", permission: "staff" },
  { href: "/admin/audit", label: "Audit log", permission: "settings" },
];

/** The newsroom's masthead: the areas this role may enter, who is signed in, and Sign out. */
export function AdminHeader({
  siteName,
  staff,
  signOut,
}: {
  siteName: string;
  staff: Staff | null;
  signOut: () => Promise<void>;
}) {
  return (
    <header className="border-rule dark:border-rule-dark border-b font-sans">
      <a
        href="#content"
        className="bg-ink text-paper sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <p className="text-lg font-bold">
          <Link href="/" className="no-underline">
            {siteName}
          </Link>{" "}
          <span className="text-muted dark:text-muted-dark font-normal">newsroom</span>
        </p>
        {staff && (
          <>
            <nav aria-label="Newsroom" className="grow">
              <ul className="flex flex-wrap gap-x-4 text-sm font-semibold">
                {areas
                  .filter((area) => can(staff.role, area.permission))
                  .map((area) => (
                    <li key={area.href}>
                      <Link href={area.href} className="hover:underline">
                        {area.label}
                      </Link>
                    </li>
                  ))}
              </ul>
            </nav>
            <form action={signOut} className="flex items-center gap-3 text-sm">
              <span>
                {staff.name} <span className="text-muted dark:text-muted-dark">({staff.role})</span>
              </span>
              <button type="submit" className={buttonClass("secondary")}>
                Sign out
              </button>
            </form>
          </>
        )}
      </div>
    </header>
  );
}
