// The game's sounds, synthesized from code: nothing recorded, nothing fetched.
// `npm run sounds` writes them to public/sounds/ as 16-bit mono WAV files;
// the output is deterministic, so the shipped files can be checked against it.
import { Buffer } from 'node:buffer';
import { mkdir, writeFile } from 'node:fs/promises';
import { URL, fileURLToPath } from 'node:url';

const RATE = 22050;

/** Equal-tempered frequency of a MIDI note number (69 = A4 = 440 Hz). */
const hz = (note) => 440 * 2 ** ((note - 69) / 12);

/** A deterministic noise source (xorshift), so every run writes the same bytes. */
function noise(seed = 0x9e3779b9) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) / 0xffffffff) * 2 - 1;
  };
}

const WAVES = {
  sine: (p) => Math.sin(2 * Math.PI * p),
  square: (p) => (p % 1 < 0.5 ? 1 : -1) * 0.6,
  triangle: (p) => 1 - 4 * Math.abs((p % 1) - 0.5),
  /** a few odd and even harmonics: brassy without aliasing */
  brass: (p) => [1, 0.6, 0.45, 0.3, 0.2, 0.12].reduce((s, a, k) => s + a * Math.sin(2 * Math.PI * p * (k + 1)), 0) / 2.2,
};

/** Mixes a note into `out`: a wave at `freq` from `start` s for `length` s, with attack and exponential release. */
function note(out, { start, length, freq, wave = 'sine', gain = 0.3, attack = 0.005, decay = 4, slide = 0 }) {
  const from = Math.round(start * RATE);
  const count = Math.round(length * RATE);
  let phase = 0;
  for (let i = 0; i < count && from + i < out.length; i++) {
    const t = i / RATE;
    const env = Math.min(1, t / attack) * Math.exp(-decay * t) * Math.min(1, (count - i) / (0.01 * RATE));
    phase += (freq * (1 + slide * t)) / RATE;
    out[from + i] += WAVES[wave](phase) * gain * env;
  }
}

function drum(out, { start, kind, gain = 0.35, rand }) {
  const from = Math.round(start * RATE);
  const count = Math.round((kind === 'kick' ? 0.18 : 0.05) * RATE);
  let phase = 0;
  for (let i = 0; i < count && from + i < out.length; i++) {
    const t = i / RATE;
    if (kind === 'kick') {
      phase += (50 + 110 * Math.exp(-30 * t)) / RATE;
      out[from + i] += Math.sin(2 * Math.PI * phase) * gain * Math.exp(-14 * t);
    } else {
      out[from + i] += rand() * gain * 0.35 * Math.exp(-70 * t);
    }
  }
}

/** An upbeat four-bar loop at 120 bpm for the lobby: bass, an arpeggio and a light beat. */
function lobbyLoop() {
  const beat = 0.5;
  const out = new Float32Array(Math.round(16 * beat * RATE));
  const rand = noise(7);
  const chords = [
    [60, 64, 67],
    [57, 60, 64],
    [65, 69, 72],
    [67, 71, 74],
  ];
  chords.forEach((chord, bar) => {
    for (let b = 0; b < 4; b++) {
      const start = (bar * 4 + b) * beat;
      note(out, { start, length: beat * 0.9, freq: hz(chord[0] - 24), wave: 'triangle', gain: 0.32, decay: 3 });
      drum(out, { start, kind: 'kick', rand });
      drum(out, { start: start + beat / 2, kind: 'hat', rand });
      for (let s = 0; s < 4; s++) {
        const pitch = chord[[0, 1, 2, 1][s]] + (s === 2 && b % 2 ? 12 : 0);
        note(out, { start: start + (s * beat) / 4, length: beat / 4, freq: hz(pitch + 12), wave: 'square', gain: 0.07, decay: 10 });
      }
    }
  });
  return out;
}

/** A short wood-block tick for each of the last five seconds. */
function tick() {
  const out = new Float32Array(Math.round(0.12 * RATE));
  note(out, { start: 0, length: 0.12, freq: 1760, gain: 0.5, attack: 0.001, decay: 45 });
  note(out, { start: 0, length: 0.06, freq: 2637, gain: 0.2, attack: 0.001, decay: 80 });
  return out;
}

/** The reveal: a rising arpeggio that lands on a bright chord. */
function revealSting() {
  const out = new Float32Array(Math.round(1.4 * RATE));
  [60, 64, 67].forEach((n, i) => note(out, { start: i * 0.08, length: 0.3, freq: hz(n + 12), wave: 'triangle', gain: 0.25, decay: 6 }));
  for (const n of [72, 76, 79, 84]) note(out, { start: 0.26, length: 1.1, freq: hz(n), wave: 'brass', gain: 0.16, attack: 0.01, decay: 2.5 });
  return out;
}

/** The podium: a brass fanfare, da-da-da-daaa, over a final chord. */
function fanfare() {
  const out = new Float32Array(Math.round(3 * RATE));
  const rand = noise(11);
  const line = [
    [0, 0.15, 67],
    [0.18, 0.15, 67],
    [0.36, 0.15, 67],
    [0.54, 0.5, 72],
    [1.08, 0.2, 71],
    [1.3, 1.6, 76],
  ];
  for (const [start, length, n] of line) note(out, { start, length, freq: hz(n), wave: 'brass', gain: 0.3, attack: 0.02, decay: length > 1 ? 1.2 : 2 });
  for (const n of [48, 60, 64, 67]) note(out, { start: 1.3, length: 1.6, freq: hz(n), wave: 'brass', gain: 0.12, attack: 0.03, decay: 1.2 });
  for (const start of [0, 0.54, 1.3]) drum(out, { start, kind: 'kick', gain: 0.4, rand });
  return out;
}

/** 16-bit PCM mono WAV, peak-normalized to -1 dBFS. */
export function wav(samples) {
  const peak = samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0) || 1;
  const scale = (0.89 / peak) * 32767;
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(s * scale), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** File name -> WAV bytes; the names match app/components/sound.ts. */
export function sounds() {
  return { 'lobby.wav': wav(lobbyLoop()), 'tick.wav': wav(tick()), 'reveal.wav': wav(revealSting()), 'podium.wav': wav(fanfare()) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../public/sounds/', import.meta.url);
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(sounds())) {
    await writeFile(new URL(name, dir), bytes);
    console.log(`public/sounds/${name}  ${(bytes.length / 1024).toFixed(0)} KiB`);
  }
}
