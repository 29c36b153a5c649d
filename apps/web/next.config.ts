import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./src/lib/securityHeaders";

const config: NextConfig = {
  // Internal packages ship TypeScript source.
  transpilePackages: ["@dossier/api", "@dossier/domain"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The CSP is set per page by src/proxy.ts; these hold for every response, static files included.
  headers: () => Promise.resolve([{ source: "/:path*", headers: staticSecurityHeaders() }]),
};

export default config;
