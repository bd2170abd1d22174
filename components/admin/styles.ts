const base =
  "inline-flex items-center rounded px-3 py-1.5 font-sans text-sm font-semibold no-underline disabled:opacity-50";

const looks = {
  primary:
    "bg-accent text-white hover:bg-[#7f1115] dark:bg-accent-dark dark:text-ink dark:hover:bg-[#ffb3ad]",
  secondary:
    "border border-muted text-ink hover:bg-rule/40 dark:border-muted-dark dark:text-ink-dark dark:hover:bg-rule-dark/60",
  danger:
    "border border-accent text-accent hover:bg-accent hover:text-white dark:border-accent-dark dark:text-accent-dark",
} as const;

/** The newsroom's buttons (and links that look like them). */
export function buttonClass(look: keyof typeof looks = "secondary"): string {
  return `${base} ${looks[look]}`;
}
