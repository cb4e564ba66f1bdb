'use client';

import { useState } from 'react';
import { groupPath, postGroup, type OrganizerView } from '../group-api';
import { ErrorText, Panel, fieldClass } from '../group-ui';

/** The shared board (members see each other's mastery) and the target mastery every bar is measured against. */
export function SettingsPanel({ groupId, groupKey, group, reload }: { groupId: string; groupKey: string; group: OrganizerView['group']; reload: () => Promise<void> }) {
  const [target, setTarget] = useState(String(group.targetMastery));
  const [error, setError] = useState<string | null>(null);

  async function save(changes: { sharedBoard?: boolean; targetMastery?: number }) {
    const reply = await postGroup(groupPath(groupId, 'settings'), { key: groupKey, ...changes });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    await reload();
  }

  function saveTarget(event: React.FormEvent) {
    event.preventDefault();
    const value = Number(target);
    if (!Number.isInteger(value) || value < 50 || value > 100) return setError('The target is a whole percentage from 50 to 100.');
    void save({ targetMastery: value });
  }

  return (
    <Panel id="settings-heading" title="Settings">
      <label className="flex items-start gap-3">
        <input type="checkbox" className="mt-1 size-5 accent-[var(--accent)]" checked={group.sharedBoard} onChange={(e) => void save({ sharedBoard: e.target.checked })} />
        <span>
          <span className="font-semibold">Shared board</span>
          <span className="block text-sm text-muted">Members see each other’s mastery and who has questions due. Off: only the group’s average and their own.</span>
        </span>
      </label>
      <form onSubmit={saveTarget} className="flex flex-wrap items-end gap-2" noValidate>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Target mastery (%)</span>
          <input type="number" min={50} max={100} value={target} onChange={(e) => setTarget(e.target.value)} className={`${fieldClass} w-28`} />
        </label>
        <button type="submit" className="game-button">
          Save target
        </button>
      </form>
      {error && <ErrorText>{error}</ErrorText>}
    </Panel>
  );
}
