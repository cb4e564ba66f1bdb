// The banks feature's one way to read a bank file from outside (an upload, a
// file on disk): markdown, GIFT, Aiken, CSV, Kahoot's .xlsx or a zip of them,
// into questions and line-numbered problems. Pure: bytes in, a result out; the
// database (store/, cli/) and the file system (load.ts) stay outside it.
import { isZip } from './formats/read-zip';
import { readXlsx } from './formats/read-xlsx';
import { finishBank, readBankBytes, type ReadBankOptions } from './read-bank';
import type { BankResult } from './types';

/** Reads a file by its name and bytes; Kahoot's .xlsx reader is asynchronous, the others are not. */
export async function readBankFile(fileName: string, bytes: Uint8Array, options: Omit<ReadBankOptions, 'fileName'> = {}): Promise<BankResult> {
  if (!/\.xlsx$/i.test(fileName)) return readBankBytes(fileName, bytes, options);
  const format = 'spreadsheet';
  if (!isZip(bytes)) return { errors: [{ line: 1, message: 'not a readable .xlsx spreadsheet (an .xlsx file is a zip; was it renamed from another kind?)' }], warnings: [], format };
  const diagnose = () => 'no questions found in the first sheet of this spreadsheet';
  return finishBank(await readXlsx(bytes), { ...options, fileName, format, diagnose });
}
