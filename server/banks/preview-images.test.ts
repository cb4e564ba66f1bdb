// A preview's images: kept for a while, within a byte budget, oldest out first.
import { describe, expect, it } from 'vitest';
import type { BankImage } from './images';
import { PreviewImages } from './preview-images';

const image = (sha256: string, size: number): BankImage => ({ sha256, contentType: 'image/png', bytes: new Uint8Array(size) });

describe('preview images', () => {
  it('are served until they expire; keeping one again extends it', () => {
    let now = 0;
    const kept = new PreviewImages({ keepMs: 1000, maxBytes: 100, now: () => now });
    kept.keep([image('a', 10), image('b', 10)]);
    now = 600;
    kept.keep([image('a', 10)]);
    expect(kept.get('b')?.sha256).toBe('b');
    now = 1000;
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')?.sha256).toBe('a');
    now = 1600;
    expect(kept.get('a')).toBeUndefined();
  });

  it('hold at most their byte budget, pushing out the oldest first', () => {
    const kept = new PreviewImages({ keepMs: 1000, maxBytes: 100, now: () => 0 });
    kept.keep([image('a', 40), image('b', 40)]);
    kept.keep([image('c', 40)]);
    expect(['a', 'b', 'c'].map((sha256) => kept.get(sha256) !== undefined)).toEqual([false, true, true]);
    kept.keep([image('b', 40), image('d', 40)]);
    expect(['b', 'c', 'd'].map((sha256) => kept.get(sha256) !== undefined)).toEqual([true, false, true]);
  });
});
