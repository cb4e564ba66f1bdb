/**
 * Nickname rules: what a nickname may hold, how it is tidied, and when two
 * nicknames count as the same (so nobody can pass for someone else in a room).
 */

export const NICKNAME_MAX = 20;

/**
 * Characters that show nothing and have no use in a nickname, removed: soft hyphen,
 * zero-width space, word joiner and invisible operators, BOM, combining grapheme
 * joiner, Mongolian vowel separator, Hangul fillers, the blank braille pattern, and
 * the tag characters.
 */
// eslint-disable-next-line no-misleading-character-class -- the combining marks are listed alone on purpose, to be removed
const HIDDEN = /[\u00AD\u034F\u115F\u1160\u180E\u200B\u2060-\u2064\u2800\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g;
/** Joiners, direction marks and variation selectors: kept for emoji and scripts that need them, ignored when comparing. */
// eslint-disable-next-line no-misleading-character-class -- the variation selectors are listed alone on purpose, to be ignored
const IGNORED_IN_KEY = /[\u200C-\u200F\uFE00-\uFE0F]/g;
/** Direction overrides and isolates turn the text around it: "evil\u202Eecila" shows as "evilalice". */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Cyrillic and Greek letters that look like Latin ones (after lower-casing), folded
 * to the Latin letter when comparing, so "Аlice" with a Cyrillic А is "alice".
 * Digits are not folded: "A1ice" is a different nickname.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ɡ: 'g',
  α: 'a', β: 'b', γ: 'y', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

export function normalizeNickname(nickname: string): string {
  return nickname.normalize('NFC').replace(HIDDEN, '').trim().replace(/\s+/g, ' ');
}

/** Nicknames that look alike compare equal: compatibility forms folded, joiners ignored, case ignored, lookalike letters folded. */
export function nicknameKey(nickname: string): string {
  return normalizeNickname(nickname).normalize('NFKC').replace(IGNORED_IN_KEY, '').toLocaleLowerCase().replace(LOOKALIKE, (c) => LOOKALIKES[c]!);
}

/** Why this nickname cannot be used, whoever else is in the room; null when it can. */
export function nicknameProblem(raw: string): string | null {
  if (DIRECTION_CONTROLS.test(raw)) return 'A nickname cannot hold characters that reverse the text around them.';
  const nickname = normalizeNickname(raw);
  if (nicknameKey(nickname).trim().length < 1 || nickname.length > NICKNAME_MAX) return `A nickname is 1 to ${NICKNAME_MAX} characters.`;
  return null;
}
