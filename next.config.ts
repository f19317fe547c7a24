import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // `npm test` builds into .next-test so that it never overwrites the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // forbidden() in lib/auth/session.ts renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
  },
  // Loaded by Node at runtime instead of being bundled: BullMQ reads its Lua scripts from its own
  // package folder, and the pg driver adapter pulls in native-optional pg code. (@prisma/client
  // and pg are already on Next's built-in list.)
  // prom-client: one copy per process, so every route records into the same registry.
  serverExternalPackages: ["@prisma/adapter-pg", "bullmq", "ioredis", "prom-client"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
