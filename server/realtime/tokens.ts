import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { RoomCodeDigits } from '../../common/room-code';

/** Secrets handed to browsers are random; only their hashes are stored. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Unguessable game id: 128 random bits. */
export function newGameId(): string {
  return randomBytes(16).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A room code of `digits` digits from a cryptographic source. */
export function newRoomCode(digits: RoomCodeDigits): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/** Uniform in [0, 1) from a cryptographic source, for shuffling. (randomInt's range stops short of 2^48, so read 48 bits directly.) */
export function cryptoRandom(): number {
  return randomBytes(6).readUIntBE(0, 6) / 2 ** 48;
}
