import Link from "next/link";
import { SearchBox } from "./search-box";
import { ThemeToggle } from "./theme-toggle";

const nav = [
  { href: "/kb", label: "Articles" },
  { href: "/check", label: "Check my system" },
  { href: "/admin", label: "Admin" },
];

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white">
          <span
            aria-hidden
            className="grid h-7 w-7 place-items-center rounded bg-blue-700 text-xs font-bold text-white"
          >
            KB
          </span>
          KB Fix Tracker
        </Link>
        <nav aria-label="Main" className="order-3 flex w-full gap-4 text-sm sm:order-none sm:w-auto">
          {nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="text-slate-600 hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-400"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex flex-1 items-center justify-end gap-2 sm:flex-none">
          <SearchBox />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
