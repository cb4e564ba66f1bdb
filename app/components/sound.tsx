'use client';

import { useEffect } from 'react';
import { usePreference } from '@/app/lib/preferences';

/**
 * The host's sounds: made by scripts/sounds.mjs and shipped in public/sounds/.
 * On unless the host turns them off (a game night has music); the choice is remembered in this browser.
 */
export type SoundName = 'lobby' | 'tick' | 'reveal' | 'podium';

const players = new Map<SoundName, HTMLAudioElement>();

function audio(name: SoundName): HTMLAudioElement {
  let element = players.get(name);
  if (!element) {
    element = new Audio(`/sounds/${name}.wav`);
    element.preload = 'auto';
    players.set(name, element);
  }
  return element;
}

export function useSoundOn(): [boolean, (on: boolean) => void] {
  const [value, set] = usePreference('cramjam:sound', ['on', 'off'] as const, 'on');
  return [value === 'on', (on) => set(on ? 'on' : 'off')];
}

/** Plays `name` once from its start (a browser that blocks autoplay just stays quiet). */
export function playSound(name: SoundName): void {
  const element = audio(name);
  element.loop = false;
  element.currentTime = 0;
  void element.play().catch(() => {});
}

/** Plays `name` once when `when` becomes true (and the sound is on). */
export function useSoundCue(name: SoundName, when: boolean, on: boolean): void {
  useEffect(() => {
    if (on && when) playSound(name);
  }, [name, when, on]);
}

/** Loops `name` while `active` and the sound is on. */
export function useSoundLoop(name: SoundName, active: boolean, on: boolean): void {
  useEffect(() => {
    if (!on || !active) return;
    const element = audio(name);
    element.loop = true;
    const start = () => void element.play().catch(() => {});
    start();
    // Autoplay may wait for the first gesture on the page after a reload.
    window.addEventListener('pointerdown', start, { once: true });
    return () => {
      window.removeEventListener('pointerdown', start);
      element.pause();
      element.currentTime = 0;
    };
  }, [name, active, on]);
}

/** The visible mute toggle: a pressed "Sound" button means the sound is on. */
export function SoundToggle() {
  const [on, setOn] = useSoundOn();
  return (
    <button type="button" onClick={() => setOn(!on)} className="game-button">
      <svg viewBox="0 0 24 24" aria-hidden="true" className="mr-[0.35em] inline h-[1.1em] w-[1.1em] align-[-0.2em]" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
        <path d="M4 9 H8 L13 5 V19 L8 15 H4 Z" fill="currentColor" />
        {on ? <path d="M16.5 8.5 A5 5 0 0 1 16.5 15.5 M19 6 A8.5 8.5 0 0 1 19 18" /> : <path d="M17 9 L22 15 M22 9 L17 15" />}
      </svg>
      Sound {on ? 'on' : 'off'}
    </button>
  );
}
