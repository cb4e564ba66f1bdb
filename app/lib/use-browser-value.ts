'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * A value only the browser knows (localStorage, location), read without an
 * effect: `serverValue` during server rendering, the browser's on the client.
 * `read` must return a primitive or a stable reference.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, read, () => serverValue);
}
