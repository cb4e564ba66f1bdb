import { describe, expect, it } from 'vitest';
import { isDataFault } from './faults';

const known = (code: string) => Object.assign(new Error('x'), { name: 'PrismaClientKnownRequestError', code });

describe('isDataFault', () => {
  it('blames the data for values and constraints Postgres refuses', () => {
    for (const code of ['P2000', 'P2002', 'P2003', 'P2011', 'P2039']) expect(isDataFault(known(code))).toBe(true);
    expect(isDataFault(Object.assign(new Error('x'), { name: 'PrismaClientValidationError' }))).toBe(true);
  });

  it('blames the database for outages, timeouts and conflicts', () => {
    for (const code of ['P1001', 'P1017', 'P2024', 'P2028', 'P2034']) expect(isDataFault(known(code))).toBe(false);
    expect(isDataFault(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(isDataFault(undefined)).toBe(false);
  });
});
