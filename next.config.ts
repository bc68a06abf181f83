import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native module: loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // forbidden() in admin pages: an editor gets a real 403 on user management and the audit log.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
  // /kb/Q244717 is canonical; the kbarchive's /kb/244/Q244717 and a bare /Q244717 lead there.
  async redirects() {
    return [
      { source: "/kb/:dir(\\d{2,3})/:id([Qq]\\d+)", destination: "/kb/:id", permanent: true },
      { source: "/:id([Qq]\\d+)", destination: "/kb/:id", permanent: true },
    ];
  },
};

export default nextConfig;
