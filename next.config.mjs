/** @type {import('next').NextConfig} */
const nextConfig = {
  // The custom server (server/index.ts) owns the HTTP port; Next only renders.
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['pino', 'pg', '@prisma/adapter-pg', '@prisma/client'],
  async headers() {
    return [
      {
        // The phone page's files (scripts/build-phone.mjs) are named by their content, so a name never
        // changes its bytes: a phone keeps them, with no round trip to check, until a build renames them.
        // Not manifest.json, which names the current ones.
        source: '/phone/:file([a-z]+-[A-Za-z0-9]{8}\\.(?:js|css))',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ];
  },
};

export default nextConfig;
