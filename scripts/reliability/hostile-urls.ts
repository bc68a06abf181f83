// Requests a careless or hostile client sends: broken percent-encoding, overlong paths, absurd
// numbers and odd query strings on every route, junk bodies and headers. Any answer but a 5xx
// is acceptable; which 4xx is the route's business.
export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Every page and API route, with a real parameter where it takes one. */
const ROUTES = [
  "/",
  "/kb",
  "/kb/Q244717",
  "/search",
  "/check",
  "/files/Rassrv.exe",
  "/feed.xml",
  "/signin",
  "/admin",
  "/admin/kb/new",
  "/admin/kb/Q244717",
  "/admin/kb/Q244717/history",
  "/admin/users",
  "/admin/audit",
  "/api/search",
  "/api/check",
  "/api/check/batch",
  "/api/articles",
  "/api/articles/Q244717",
  "/Q244717",
  "/kb/244/Q244717",
];

/** Routes with a path parameter, `{}` standing for it. */
const PARAM_ROUTES = [
  "/kb/{}",
  "/files/{}",
  "/api/articles/{}",
  "/admin/kb/{}",
  "/admin/kb/{}/history",
  "/{}",
  "/kb/244/{}",
  "/kb/{}/x",
];

const long = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const BAD_SEGMENTS = [
  "%E0",
  "%",
  "%%",
  "%ZZ",
  "%E0%A4%A",
  "%C0%AF",
  "%C0%80",
  "%00",
  "%FF%FE",
  "%ED%A0%80",
  "%F4%90%80%80",
  "%u0041",
  "%2",
  "Q244717%",
  "Q244717%E0",
  "Q244717%00",
  "%25",
  "%25E0",
  "a%25b",
  "%2525",
  "100%25",
  "%253Cscript%253E",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "..",
  ".",
  "~",
  "\u00e9",
  "Q\u00ff",
  "%F0%9F%92%A9",
  "%3Cscript%3E",
  "%0d%0aSet-Cookie:x=1",
  ";",
  "Q0",
  "Q-1",
  "Q1e99",
  `Q${long("9", 400)}`,
  "q244717",
  "Q%32%34%34%37%31%37",
  "%2F",
  "%5C",
  "a%20b",
  "__proto__",
  "constructor",
  "Rassrv.exe%00.txt",
  long("a", 2000),
  long("%E0", 3000),
];

const QUERIES = [
  "page=-1&limit=1e99",
  "page=1e99",
  "page=NaN",
  "page=0x10",
  "page=1.5",
  "page=",
  "page=-0",
  "limit=-1&offset=-1",
  "limit=0",
  "limit=1000000",
  "limit=1e99&offset=1e308",
  "offset=10001",
  "offset=99999999999999999999",
  "q=%E0",
  "q=%",
  "q=%%",
  "q[]=a&q[]=b",
  "q=a&q=b&q=c",
  `q=${long("a", 10_000)}`,
  `q=${long("a%20", 12_000)}`,
  "q=%22unterminated",
  "q=*",
  "q=NEAR(a%20b)",
  "q=^",
  "q=%22%22%22",
  "q=AND%20OR%20NOT",
  "q=-",
  "q=%00",
  "q=%F0%9F%92%A9",
  "q=Q99999999",
  "q=Q244717",
  "q=rassrv.exe",
  "q=title%3Ax",
  "q=%7B%7D",
  "q=(((((",
  "sort=__proto__&dir=constructor",
  "sort=title&dir=sideways",
  "release=%00",
  "release=4.0&release=3.51",
  "release=999",
  "sp=SP99999999999999",
  "sp=%E0",
  "edition[]=x",
  "edition=__proto__",
  "platform=x86&platform=alpha",
  "platform=",
  "hasFiles=maybe",
  "fixed=2",
  `product=${long("x", 1000)}`,
  `keyword=${long("k", 61)}`,
  "build=99999999999999999999",
  "build=-1",
  "build=1381.5",
  "build=0x565",
  `ver=${long("Version%204.0%20", 5000)}`,
  "ver=%E0",
  "ver=Build%201381:%20Service%20Pack%2099",
  "format=csv&limit=1e99",
  "format=xml",
  "status=,,,,",
  "status=hotfix,bogus",
  "installed=%E0",
  `installed=${long("x", 300)}`,
  "installed=a.exe%2099/99/99",
  "__proto__[x]=1",
  "constructor[prototype][x]=1",
  "a=1&a=2&a=3",
  "&&&==&",
  "%E0=%E0",
  "%=%",
  "=",
  "?",
  "#",
  `x=${long("y", 8000)}`,
  "saved=abc",
  "restored=-1",
  "error=%3Cscript%3Ealert(1)%3C/script%3E",
  "callbackUrl=javascript:alert(1)",
  "next=//evil.example",
];

const JSON_HEADERS = { "Content-Type": "application/json" };
const BODIES = [
  "",
  "{",
  "[",
  "null",
  "0",
  '"x"',
  "{}",
  '{"systems":"x"}',
  '{"systems":[]}',
  '{"systems":[null]}',
  '{"systems":[{"release":{"$gt":""}}]}',
  `{"systems":[${Array(101).fill('{"release":"4.0"}').join(",")}]}`,
  '{"systems":[{"build":"99999999999999999999","limit":"1e99"}]}',
  '{"__proto__":{"x":1}}',
  `{"title":"${long("a", 100_000)}"}`,
  long("[", 5000),
  '{"id":"Q1","title":"x"}',
];

/** Node's http server refuses a request head over 16 KB itself (431, then it drops the socket). */
export const NODE_MAX_HEAD = 16 * 1024;

export const headSize = (r: RawRequest) => r.path.length + JSON.stringify(r.headers ?? {}).length;

/** Hostile requests, in a stable order. */
export function hostileRequests(): RawRequest[] {
  const get = (path: string, headers?: Record<string, string>): RawRequest => ({ method: "GET", path, headers });
  const out: RawRequest[] = [];
  for (const route of PARAM_ROUTES) for (const segment of BAD_SEGMENTS) out.push(get(route.replace("{}", segment)));
  for (const route of ROUTES) for (const query of QUERIES) out.push(get(`${route}?${query}`));
  for (const length of [2_000, 8_000, 15_000, 70_000])
    out.push(get(`/kb/${long("Q1", length)}`), get(`/${long("a/", length)}`), get(`/search?q=${long("x", length)}`));
  for (const path of [
    "/api/check/batch",
    "/api/articles",
    "/api/articles/Q244717",
    "/api/search",
    "/signin",
    "/",
    "/admin/kb/new",
  ]) {
    for (const body of BODIES) out.push({ method: "POST", path, headers: JSON_HEADERS, body });
    out.push(
      { method: "POST", path, headers: { "Content-Type": "text/plain" }, body: "x" },
      { method: "PUT", path, headers: JSON_HEADERS, body: "{}" },
    );
    out.push(
      { method: "DELETE", path },
      { method: "PATCH", path, headers: JSON_HEADERS, body: "{}" },
      { method: "OPTIONS", path },
      { method: "HEAD", path },
    );
  }
  // Server actions are POSTs with an action id header: unknown, malformed and oversized ones.
  for (const id of ["0", "x", long("f", 42), long("a", 5000), "%E0"]) {
    for (const path of ["/", "/admin/kb/new", "/signin"])
      out.push({
        method: "POST",
        path,
        headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
        body: "[]",
      });
  }
  const odd: Record<string, string>[] = [
    { Cookie: "kb_session=%E0" },
    { Cookie: `kb_session=${long("a", 4000)}` },
    { Cookie: "=;;;=" },
    { Authorization: "Bearer %" },
    { Authorization: "Bearer" },
    { Authorization: `Bearer ${long("k", 4000)}` },
    { Authorization: "Basic !!!" },
    { "Accept-Language": long("x-", 2000) },
    { Accept: "text/x-component" },
    { RSC: "1" },
    { RSC: "1", "Next-Router-State-Tree": "%E0" },
    { RSC: "1", "Next-Router-State-Tree": "[[[[" },
    { "Next-Router-Prefetch": "1", RSC: "1" },
    { "X-Forwarded-For": "%E0, ::::, 999.999.999.999" },
    { "X-Forwarded-Host": "evil.example" },
    { Range: "bytes=999999999-" },
    { "If-None-Match": long("W/", 3000) },
  ];
  for (const headers of odd)
    for (const path of [
      "/",
      "/kb/Q244717",
      "/admin",
      "/api/articles/Q244717",
      "/api/search?q=ras",
      "/check?release=4.0",
    ])
      out.push(get(path, headers));
  return out;
}
