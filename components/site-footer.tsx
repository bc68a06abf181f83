export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-slate-200 py-6 text-sm text-slate-500 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4">
        <p>KB Fix Tracker: the Windows NT Knowledge Base and the fixes it describes.</p>
        <p>
          Article text © Microsoft Corporation, from the public kbarchive.{" "}
          <a className="underline" href="/feed.xml">
            Atom feed
          </a>
        </p>
      </div>
    </footer>
  );
}
