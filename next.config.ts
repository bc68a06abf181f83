import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native module: loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;
