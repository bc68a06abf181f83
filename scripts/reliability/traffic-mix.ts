// The mixed traffic: each call draws the next request at random, by weight, from what real
// users do (articles from the whole corpus, many distinct searches, filtered lists, checks of
// several systems, file pages, the feed, API writes) plus the hostile requests.
import Database from "better-sqlite3";
import { PLATFORMS } from "../../lib/kb/types";
import { EDITION_IDS, EDITIONS } from "../../lib/nt/editions";
import { RELEASE_IDS } from "../../lib/nt/releases";
import { headSize, hostileRequests, NODE_MAX_HEAD, type RawRequest } from "./hostile-urls";
import type { Random } from "./lib/random";

export type Drawn = RawRequest & { route: string };

/** Service packs that exist for each release (a wrong pair is a 400, which the hostile part covers). */
const SPS: Record<string, string[]> = {
  "3.1": ["", "SP1", "SP2", "SP3"],
  "3.5": ["", "SP1", "SP2", "SP3"],
  "3.51": ["", "SP1", "SP2", "SP3", "SP4", "SP5"],
  "4.0": ["", "SP1", "SP2", "SP3", "SP4", "SP5", "SP6", "SP6a", "SRP"],
  "2000": ["", "SP1", "SP2", "SP3", "SP4"],
};
const BUILDS: Record<string, string> = { "3.1": "528", "3.5": "807", "3.51": "1057", "4.0": "1381", "2000": "2195" };
const VERS = [
  "Version 4.0 (Build 1381: Service Pack 5)",
  "CSDVersion REG_SZ Service Pack 6a",
  "1381 sp6a",
  "Microsoft Windows NT Version 3.51 (Build 1057)",
  "Version 3.51 (Build 1057: Service Pack 5)",
];
const INSTALLED = ["Rassrv.exe 10/29/99 123,664", "tcpip.sys 4.0.1381.178", "ntoskrnl.exe 05/01/99"];
const STATUSES = ["", "hotfix", "upgrade,no-fix", "fixed", "hotfix,upgrade,no-fix,fixed"];

export function trafficMix(databasePath: string, rand: Random, token: string) {
  const db = new Database(databasePath, { readonly: true });
  const ids = (db.prepare(`SELECT kbId FROM "Article"`).all() as { kbId: string }[]).map((r) => r.kbId);
  const titles = (db.prepare(`SELECT title FROM "Article"`).all() as { title: string }[]).map((r) => r.title);
  const files = (db.prepare(`SELECT DISTINCT name FROM "HotfixFile"`).all() as { name: string }[]).map((r) => r.name);
  const products = (db.prepare(`SELECT DISTINCT product FROM "Article"`).all() as { product: string }[]).map(
    (r) => r.product,
  );
  db.close();
  // The sweep alone sends HEADs (autocannon's parser would wait for their body) and heads over
  // Node's 16 KB limit (the server drops the connection: a reset to autocannon).
  const hostile = hostileRequests().filter((r) => r.method !== "HEAD" && headSize(r) <= NODE_MAX_HEAD);
  const q = encodeURIComponent;
  const maybe = (p: number, param: string) => (rand.chance(p) ? `&${param}` : "");

  /** Words of a real title: 1-3 in a row, sometimes cut to a prefix or quoted as a phrase. */
  const query = () => {
    const words = rand.pick(titles).split(/\s+/).filter(Boolean);
    const at = rand.int(0, Math.max(0, words.length - 1));
    let text = words.slice(at, at + rand.int(1, 3)).join(" ");
    if (rand.chance(0.15)) text = text.slice(0, Math.max(3, Math.floor(text.length * 0.6)));
    if (rand.chance(0.1)) text = `"${text}"`;
    if (rand.chance(0.1)) text = rand.pick(files);
    if (rand.chance(0.03)) text = rand.pick(ids);
    return text;
  };
  const filters = () =>
    maybe(0.2, `product=${rand.pick(products)}`) +
    maybe(0.3, `release=${rand.pick(RELEASE_IDS)}`) +
    maybe(0.15, `sp=${rand.pick(SPS["4.0"])}`) +
    maybe(0.15, `edition=${rand.pick(EDITION_IDS)}`) +
    maybe(0.15, `platform=${rand.pick(PLATFORMS)}`) +
    maybe(0.1, "hasFiles=1") +
    maybe(0.1, "fixed=1");
  /** A real system: a release or its build, one of its service packs, editions and platform (sometimes left out). */
  const system = () => {
    const release = rand.pick(RELEASE_IDS);
    const editions = EDITIONS.filter((e) => e.releases.includes(release)).map((e) => e.id);
    if (rand.chance(0.2)) return `ver=${q(rand.pick(VERS))}`;
    return (
      `${rand.chance(0.2) ? `build=${BUILDS[release]}` : `release=${release}`}&sp=${rand.pick(SPS[release])}` +
      maybe(0.6, `edition=${rand.pick(editions)}`) +
      maybe(0.6, `platform=${rand.pick(PLATFORMS)}`) +
      maybe(0.1, `installed=${q(rand.pick(INSTALLED))}`) +
      maybe(0.2, `status=${rand.pick(STATUSES)}`)
    );
  };
  const systemJson = (release = rand.pick(RELEASE_IDS)) => ({
    release,
    sp: rand.pick(SPS[release]),
    edition: rand.pick(EDITION_IDS),
    platform: rand.pick(PLATFORMS),
  });
  let created = 0;
  const article = () => ({
    id: `Q${8_000_000 + created++}`, // the database is new for every run
    title: `Reliability write ${created}: ${rand.pick(titles)}`,
    product: "winnt",
    lastModified: "1999-12-01",
    versions: ["4.0"],
    editions: [],
    keywords: ["kbbug"],
    fixedIn: [{ release: "4.0", servicePack: "SP6a" }],
    body: `## Symptoms\n\n${query()} fails.`,
    files: [
      {
        name: rand.pick(files),
        size: 61712,
        platform: "x86",
        date: "1999-11-30",
        time: "17:05",
        version: "4.0.1381.133",
      },
    ],
  });
  const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };

  const kinds: [number, string, () => RawRequest][] = [
    [24, "article page", () => ({ method: "GET", path: `/kb/${rand.pick(ids)}` })],
    [
      2,
      "article redirect",
      () => ({ method: "GET", path: rand.pick([`/${rand.pick(ids)}`, `/kb/${rand.pick(ids).toLowerCase()}`]) }),
    ],
    [
      12,
      "search page",
      () => ({
        method: "GET",
        path: `/search?q=${q(query())}${filters()}${maybe(0.1, `offset=${rand.int(0, 5) * 20}`)}`,
      }),
    ],
    [
      12,
      "api search",
      () => ({
        method: "GET",
        path: `/api/search?q=${q(query())}${filters()}&limit=${rand.int(1, 100)}&offset=${rand.int(0, 3) * 20}`,
      }),
    ],
    [
      10,
      "kb list",
      () => ({
        method: "GET",
        path: `/kb?${filters()}${maybe(0.5, `sort=${rand.pick(["id", "title", "date"])}`)}${maybe(0.3, `dir=${rand.pick(["asc", "desc"])}`)}&page=${rand.int(1, 40)}`,
      }),
    ],
    [6, "check page", () => ({ method: "GET", path: `/check?${system()}` })],
    [
      10,
      "api check",
      () => ({
        method: "GET",
        path: `/api/check?${system()}${maybe(0.3, `limit=${rand.int(1, 1000)}`)}${maybe(0.2, `offset=${rand.int(0, 500)}`)}`,
      }),
    ],
    [1, "api check csv", () => ({ method: "GET", path: `/api/check?${system()}&format=csv` })],
    [
      2,
      "api check batch",
      () => ({
        method: "POST",
        path: "/api/check/batch",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ systems: Array.from({ length: rand.int(1, 20) }, () => systemJson()) }),
      }),
    ],
    [6, "files page", () => ({ method: "GET", path: `/files/${q(rand.pick(files))}` })],
    [2, "feed", () => ({ method: "GET", path: "/feed.xml" })],
    [2, "home", () => ({ method: "GET", path: "/" })],
    [1, "api read (token)", () => ({ method: "GET", path: `/api/articles/${rand.pick(ids)}`, headers: auth })],
    [
      1,
      "api create (token)",
      () => ({ method: "POST", path: "/api/articles", headers: auth, body: JSON.stringify(article()) }),
    ],
    [8, "hostile", () => rand.pick(hostile)],
  ];
  const total = kinds.reduce((s, [w]) => s + w, 0);
  return {
    routes: kinds.map(([, name]) => name),
    next(): Drawn {
      let x = rand.next() * total;
      for (const [weight, route, make] of kinds) {
        x -= weight;
        if (x < 0) return { ...make(), route };
      }
      return { ...kinds[0][2](), route: kinds[0][1] };
    },
  };
}
