// The production HTTP server: Next's request handler behind what only the socket layer can do.
// It records the client's real address, turns away broken percent-encoding (which Next would
// answer with a bare 500), and keeps the public answers until the data changes.
import { createServer } from "node:http";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  SOCKET_ADDRESS_FLAG,
  trustedProxyHops,
} from "../../lib/http/client-address";
import { dataVersion } from "../../lib/db/data-version";
import { errorBody } from "../../lib/http/api-error";
import { isMalformedPath } from "../../lib/http/malformed-path";
import { responseCache } from "../../lib/http/response-cache";

/** A path that matches no route: Next renders the site's own 404 page for it. */
const NOT_FOUND_PATH = "/_not-a-page";

/** What the response cache of one process may hold: some 2,500 article pages, plain and gzipped. */
const RESPONSE_CACHE_BYTES = 128 * 1024 * 1024;

export async function serve(port: number, { quiet = false } = {}): Promise<void> {
  const hops = trustedProxyHops(process.env.TRUST_PROXY);
  // as `next start` does, before Next is loaded: it reads NODE_ENV when imported
  Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", [SOCKET_ADDRESS_FLAG]: "1" });
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cached = responseCache({ maxBytes: RESPONSE_CACHE_BYTES, version: dataVersion })((req, res) => {
    void handle(req, res);
  });

  const server = createServer((req, res) => {
    const forwarded = req.headers["x-forwarded-for"];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      hops,
    );
    const url = req.url ?? "/";
    if (isMalformedPath(url)) {
      if (url.startsWith("/api/")) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify(errorBody({ code: "invalid", message: "the address has broken percent-encoding" })));
        return;
      }
      req.url = NOT_FOUND_PATH;
    }
    cached(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  if (!quiet) console.log(`kb: serving http://localhost:${port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}
