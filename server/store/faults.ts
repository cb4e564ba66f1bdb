/**
 * Whether a failed write was refused for what it held (a value Postgres will not
 * take, a constraint) rather than for the database's state (down, overloaded, a
 * pool or transaction timeout, a conflict worth retrying as it is). Only the
 * first kind can be one command's fault, so only it is worth isolating.
 */
const NOT_THE_DATA = new Set(['P2024', 'P2028', 'P2034']); // pool timeout, transaction could not start, write conflict

export function isDataFault(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (name === 'PrismaClientValidationError') return true;
  return name === 'PrismaClientKnownRequestError' && typeof code === 'string' && code.startsWith('P2') && !NOT_THE_DATA.has(code);
}
