"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { cn } from "@/lib/utils";

interface Option {
  href: string;
  label: string;
  hint: string;
  /** the text remembered as a recent search when chosen */
  remember: string;
}

interface Hit {
  kbId: string;
  title: string;
}

const RECENT_KEY = "kb.recentSearches";
const RECENT_MAX = 8;
const Q_NUMBER = /^\s*(?:q\s*(\d{3,7})|(\d{5,7}))\s*$/i;
// a name with a letter and an extension: "rassrv.exe", "Q244717i.exe"; not a version such as 4.0
const FILE_NAME = /^\s*([\w$~!#%&()-]*[a-z][\w$~!#%&()-]*\.[a-z0-9]{1,4})\s*$/i;

function recentSearches(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(RECENT_KEY) ?? "[]");
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === "string").slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

function remember(q: string) {
  const text = q.trim().slice(0, 200);
  if (!text) return;
  try {
    const kept = [text, ...recentSearches().filter((s) => s !== text)].slice(0, RECENT_MAX);
    localStorage.setItem(RECENT_KEY, JSON.stringify(kept));
  } catch {
    // storage is off (private mode): nothing is remembered
  }
}

const searchOption = (q: string): Option => ({
  href: `/search?${new URLSearchParams({ q })}`,
  label: `Search for “${q.trim()}”`,
  hint: "all results",
  remember: q,
});

/** What the typed text names directly: an article by its Q number, a file by its name. */
function recognised(q: string): Option[] {
  const id = Q_NUMBER.exec(q);
  const file = FILE_NAME.exec(q);
  const out: Option[] = [];
  if (id) {
    const kbId = `Q${(id[1] ?? id[2]).replace(/^0+(?=\d)/, "")}`;
    out.push({ href: `/kb/${kbId}`, label: `Open ${kbId}`, hint: "article", remember: kbId });
  }
  if (file)
    out.push({
      href: `/files/${encodeURIComponent(file[1])}`,
      label: `Hotfixes that ship ${file[1]}`,
      hint: "file",
      remember: file[1],
    });
  return out;
}

/**
 * The header search box. Without JavaScript it is a plain GET form to /search. With it, it is a
 * combobox: from the second character it lists matching articles as you type, recognises Q
 * numbers and file names, remembers the last searches in this browser, and answers the arrow
 * keys, Enter and Escape. "/" and Ctrl+K focus it (search-shortcut-script.tsx).
 */
export function SearchBox() {
  const router = useRouter();
  const listId = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [hits, setHits] = useState<Hit[]>([]);
  const [recent, setRecent] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    // the last query's articles go at once: Enter never opens one the user did not see highlighted
    setHits([]);
    setActive(-1);
    if (q.trim().length < 2) return;
    const controller = new AbortController();
    timer.current = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?${new URLSearchParams({ q, limit: "6", typing: "1" })}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        setHits(((await response.json()) as { results: Hit[] }).results);
        setActive(-1);
      } catch {
        // a newer keystroke aborted it, or the network is down: the form still submits
      }
    }, 120);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, [q]);

  const typed = q.trim().length >= 2;
  const options: Option[] = typed
    ? [
        ...recognised(q),
        ...hits.map((h) => ({ href: `/kb/${h.kbId}`, label: h.title, hint: h.kbId, remember: q })),
        searchOption(q),
      ]
    : recent.map((r) => ({ ...searchOption(r), label: r, hint: "recent" }));
  const expanded = open && options.length > 0;
  const current = active < options.length ? active : -1;

  const choose = (option: Option) => {
    remember(option.remember);
    setOpen(false);
    router.push(option.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : -1));
    } else if (e.key === "Enter" && expanded && current >= 0) {
      e.preventDefault();
      choose(options[current]);
    } else if (e.key === "Escape" && expanded) {
      e.preventDefault(); // the first Escape closes the list; the browser's own clears the text
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a search form is ARIA's search landmark
    <form action="/search" method="get" role="search" className="relative w-full max-w-md" onSubmit={() => remember(q)}>
      <label htmlFor="site-search" className="sr-only">
        Search the Knowledge Base
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current >= 0 ? `${listId}-${current}` : undefined}
        placeholder="Search articles, Q numbers, file names…"
        autoComplete="off"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => {
          setRecent(recentSearches());
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 pr-8 text-sm text-slate-900 placeholder:text-slate-400 focus:border-blue-500 focus:outline-none focus:ring-2 focus:ring-blue-500/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      />
      <kbd className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 dark:text-slate-400 sm:block dark:border-slate-600">
        /
      </kbd>
      <div
        id={listId}
        role="listbox"
        aria-label={typed ? "Suggestions" : "Recent searches"}
        hidden={!expanded}
        className="fixed inset-x-2 top-14 z-20 max-h-96 overflow-y-auto rounded-md border sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-1 sm:w-[32rem] border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {options.map((option, i) => (
          <div
            key={`${option.href}|${option.label}`}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === current}
            // mousedown, not click: it comes before the input's blur closes the list
            onMouseDown={(e) => {
              e.preventDefault();
              choose(option);
            }}
            onMouseEnter={() => setActive(i)}
            className={cn(
              "flex cursor-pointer items-baseline gap-3 px-3 py-1.5",
              i === current && "bg-blue-50 dark:bg-slate-800",
            )}
          >
            <span className="min-w-0 flex-1 truncate text-slate-900 dark:text-slate-100">{option.label}</span>
            <span className="shrink-0 font-mono text-xs text-slate-500 dark:text-slate-400">{option.hint}</span>
          </div>
        ))}
      </div>
    </form>
  );
}
