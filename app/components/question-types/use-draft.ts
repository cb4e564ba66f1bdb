'use client';

import { useState } from 'react';

/**
 * A half-built answer (an order, a set of matches, a typed text) kept in sessionStorage
 * under `key`, so a reload or a dropped connection mid-round finds it again.
 * Without a key it lives in memory only (practice).
 */
export function useDraft(key: string | null): [string[], (next: string[]) => void] {
  const [draft, setDraft] = useState<string[]>(() => {
    if (!key || typeof window === 'undefined') return [];
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
      return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  });
  function update(next: string[]) {
    setDraft(next);
    if (key) sessionStorage.setItem(key, JSON.stringify(next));
  }
  return [draft, update];
}
