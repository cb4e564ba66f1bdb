/** @type {import('next').NextConfig} */
const nextConfig = {
  // The custom server (server/index.ts) owns the HTTP port; Next only renders.
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['pino', 'pg', '@prisma/adapter-pg', '@prisma/client'],
};

export default nextConfig;
