import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: 'Cramjam',
  applicationName: 'Cramjam',
  description: 'Live quiz games for study groups',
  appleWebApp: { title: 'Cramjam' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#5b4ef0' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next.js can put this request's CSP nonce on its scripts (server/http/security-headers.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
