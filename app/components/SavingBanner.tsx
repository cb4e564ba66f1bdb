'use client';

import { useEffect, useState } from 'react';
import { getSocket } from '@/app/lib/socket';

/** The host's warning while the database does not store the game: nothing is lost, the server keeps trying. */
export function SavingBanner() {
  const [failing, setFailing] = useState(false);
  useEffect(() => {
    const socket = getSocket();
    const onSaving = ({ failing }: { failing: boolean }) => setFailing(failing);
    socket.on('host:saving', onSaving);
    return () => void socket.off('host:saving', onSaving);
  }, []);
  if (!failing) return null;
  return (
    <p role="alert" className="bg-amber-100 px-4 py-2 text-center font-semibold text-amber-900">
      Saving is failing; retrying. Answers that arrived in time still count.
    </p>
  );
}
