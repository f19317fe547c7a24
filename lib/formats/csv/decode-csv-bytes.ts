/**
 * Uploaded bytes -> text, refusing what cannot be a CSV file we can read reliably: an empty file,
 * one over the size limit, bytes that are not UTF-8 (a spreadsheet saved as Windows-1252 or
 * UTF-16 would silently garble names), and NUL bytes (binary files: images, xlsx, zip).
 * A UTF-8 byte-order mark, which Excel writes, is dropped.
 */
import { fileError, type CsvError } from "./csv-error";

export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export type DecodedCsv = { ok: true; text: string } | { ok: false; error: CsvError };

export function decodeCsvBytes(bytes: Uint8Array, maxBytes: number = MAX_CSV_BYTES): DecodedCsv {
  if (bytes.byteLength === 0) return { ok: false, error: fileError("The file is empty") };
  if (bytes.byteLength > maxBytes) {
    return { ok: false, error: fileError(`The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB`) };
  }
  // UTF-16 files start with a byte-order mark and are full of NULs: name the real cause.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: fileError("The file is UTF-16; save it as CSV UTF-8") };
  }
  if (bytes.includes(0)) return { ok: false, error: fileError("The file contains NUL bytes: it is not a text CSV file") };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: fileError("The file is not valid UTF-8; save it as CSV UTF-8") };
  }
  if (text.trim() === "") return { ok: false, error: fileError("The file is empty") };
  return { ok: true, text };
}
