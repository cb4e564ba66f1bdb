/**
 * Room codes, as the server and the browser both check them (no imports: the
 * home page and the phone's page use it too). New rooms get ROOM_CODE_DIGITS
 * digits (server/config.ts: 6, or 8 on a public server); both lengths are
 * always accepted, so rooms opened before the setting changed keep working
 * after a restart.
 */
export const ROOM_CODE_LENGTHS = [6, 8] as const;
export type RoomCodeDigits = (typeof ROOM_CODE_LENGTHS)[number];

export const ROOM_CODE_PATTERN = /^(\d{6}|\d{8})$/;

export const ROOM_CODE_RULE = 'A room code is 6 or 8 digits.';
