import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Cramjam',
  applicationName: 'Cramjam',
  description: 'Live quiz games for study groups',
  appleWebApp: { title: 'Cramjam' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#5b4ef0' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
