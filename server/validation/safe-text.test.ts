import { describe, expect, it } from 'vitest';
import * as schema from '../realtime/schemas';
import { safeString, textProblem, withoutStrays } from './safe-text';

describe('text at the boundary', () => {
  it('refuses NUL and other control characters, naming the field', () => {
    expect(textProblem('Ada\u0000', 'nickname')).toBe('The nickname holds a control character: remove it and try again.');
    for (const c of ['\u0001', '\t', '\n', '\u001b', '\u007f', '\u0085', '\u009f']) expect(textProblem(`a${c}b`, 'x')).not.toBeNull();
  });

  it('refuses lone surrogates, and keeps pairs (emoji, astral letters)', () => {
    expect(textProblem('Ada\ud800', 'nickname')).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem('\udc00Ada', 'nickname')).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem('\ud83d\ude00 Ada 𝒜', 'nickname')).toBeNull();
    expect(textProblem('Zoë, 李, Ωμέγα', 'nickname')).toBeNull();
  });

  it('drops stray control characters and lone surrogates from file text, keeping tabs, line breaks and pairs', () => {
    expect(withoutStrays('a\u0000b\u0007c\u007f\ud800d\udc00')).toBe('abcd');
    expect(withoutStrays('a\tb\r\nc \ud83d\ude00')).toBe('a\tb\r\nc \ud83d\ude00');
  });

  it('is what every string of a payload goes through', () => {
    expect(safeString('section name').safeParse('ok').success).toBe(true);
    const join = schema.Join.safeParse({ code: '123456', nickname: 'Ada\u0000' });
    expect(join.success ? null : join.error.issues[0]!.message).toBe('The nickname holds a control character: remove it and try again.');
    expect(schema.Join.safeParse({ code: '123456', nickname: 'A\ud800' }).success).toBe(false);
    expect(schema.Join.safeParse({ code: '123456', nickname: 'evil\u202eecila' }).success).toBe(false);
    expect(schema.CreateGame.shape.sections.safeParse(['Week\u00001']).success).toBe(false);
  });
});

describe('ids at the boundary', () => {
  const auth = { gameId: 'AAAAAAAAAAAAAAAAAAAAAA', hostToken: 'x'.repeat(32) };

  it('refuses ids of the wrong shape before any lookup: __proto__ and friends', () => {
    for (const playerId of ['__proto__', 'constructor', 'toString', '', 'x'.repeat(64)]) {
      expect(schema.Kick.safeParse({ ...auth, playerId }).success).toBe(false);
    }
    expect(schema.Kick.safeParse({ ...auth, playerId: crypto.randomUUID() }).success).toBe(true);
    for (const gameId of ['__proto__', 'constructor', 'short', `${auth.gameId}A`]) {
      expect(schema.HostAuth.safeParse({ ...auth, gameId }).success).toBe(false);
    }
    expect(schema.Answer.safeParse({ index: 0, optionIds: ['__proto__'] }).success).toBe(false);
    expect(schema.Answer.safeParse({ index: 0, optionIds: ['o0', 'o3'] }).success).toBe(true);
    expect(schema.Resume.safeParse({ gameId: auth.gameId, playerToken: '__proto__'.repeat(2) }).success).toBe(true); // a token is only hashed
  });
});
