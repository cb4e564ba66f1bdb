import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { sounds } from '../../scripts/sounds.mjs';

describe('the shipped sounds', () => {
  const made = sounds() as Record<string, Buffer>;

  it('are exactly what scripts/sounds.mjs makes (run `npm run sounds` after changing it)', async () => {
    for (const [name, bytes] of Object.entries(made)) expect((await readFile(`public/sounds/${name}`)).equals(bytes), name).toBe(true);
  });

  it('are mono 16-bit WAV files of the right lengths', () => {
    const seconds = (wav: Buffer) => wav.readUInt32LE(40) / wav.readUInt32LE(28);
    for (const wav of Object.values(made)) {
      expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
      expect(wav.readUInt16LE(22)).toBe(1);
      expect(wav.readUInt16LE(34)).toBe(16);
    }
    expect(seconds(made['lobby.wav']!)).toBeCloseTo(8, 1);
    expect(seconds(made['tick.wav']!)).toBeLessThan(0.2);
    expect(seconds(made['podium.wav']!)).toBeGreaterThan(2);
  });
});
