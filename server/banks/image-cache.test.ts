import { describe, expect, test } from 'vitest';
import { BankImageCache, type StoredImage } from './image-cache';

const image = (size: number): StoredImage => ({ contentType: 'image/png', bytes: new Uint8Array(size) });

describe('the cache of saved images', () => {
  test('a read that fails fails every request waiting for it, and is not remembered: the next request reads again', async () => {
    let reads = 0;
    const cache = new BankImageCache(1000, async () => {
      reads++;
      if (reads === 1) throw new Error('the database is away');
      return image(10);
    });
    const waiting = [cache.get('a'), cache.get('a')];
    for (const request of waiting) await expect(request).rejects.toThrow('the database is away');
    expect(reads).toBe(1);
    expect((await cache.get('a'))?.bytes.byteLength).toBe(10);
    await cache.get('a');
    expect(reads).toBe(2);
  });

  test('with no room (CRAMJAM_IMAGE_CACHE_MB=0) keeps nothing, but requests at the same moment still share a read', async () => {
    let reads = 0;
    const cache = new BankImageCache(0, async () => {
      reads++;
      return image(10);
    });
    await Promise.all([cache.get('a'), cache.get('a'), cache.get('a')]);
    expect(reads).toBe(1);
    await cache.get('a');
    expect(reads).toBe(2);
  });
});
