'use client';

import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import { Panel } from '../group-ui';

/** The invite link and its QR code (the lobby's QR library), for members to join from their phones. */
export function InvitePanel({ invite }: { invite: string }) {
  const origin = useBrowserValue<string | null>(() => window.location.origin, null);
  const link = origin ? `${origin}/groups/join/${invite}` : null;
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (link) void QRCode.toDataURL(link, { margin: 1, width: 360 }).then(setQr);
  }, [link]);
  return (
    <Panel id="invite-heading" title="Invite members">
      <div className="flex items-start gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made in the browser */}
        {qr && <img src={qr} alt="QR code of the invite link" className="aspect-square w-32 shrink-0 rounded-lg bg-white p-1.5 xl:w-40" />}
        <div className="flex min-w-0 flex-col gap-2">
          <p className="text-sm text-muted">Scan, or share the link: each phone picks a name once. The link lets people join, nothing more.</p>
          {link && (
            <a href={link} aria-label="Invite link" className="break-all font-mono text-sm text-accent-ink underline">
              {link}
            </a>
          )}
          <button type="button" onClick={() => link && void navigator.clipboard?.writeText(link).then(() => setCopied(true))} className="game-button self-start text-sm">
            {copied ? 'Copied' : 'Copy link'}
          </button>
        </div>
      </div>
    </Panel>
  );
}
