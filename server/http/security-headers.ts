import { randomBytes } from 'node:crypto';

/**
 * The headers every response carries. The Content-Security-Policy allows only
 * this site's scripts and the inline ones Next.js marks with this request's
 * nonce; the page may not be framed (a host screen inside someone else's page
 * could be clicked through); no Referer leaves (game ids are in URLs).
 */

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': chunks that Next's nonced scripts load are trusted; React's dev build needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and Next set style attributes; no script runs from a style.
    "style-src 'self' 'unsafe-inline'",
    // A bank's images are served from here; an https image in a bank is kept (the importer warns phones fetch it).
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
