import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, MAX_CSV_BYTES } from "./decode-csv-bytes";

const utf8 = (text: string) => new TextEncoder().encode(text);
const messageOf = (bytes: Uint8Array) => {
  const result = decodeCsvBytes(bytes);
  return result.ok ? null : result.error.message;
};

describe("decodeCsvBytes", () => {
  it("decodes UTF-8, keeping non-ASCII names and dropping Excel's byte-order mark", () => {
    const result = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("name\nRenée Ødegård\n")]));
    expect(result).toEqual({ ok: true, text: "name\nRenée Ødegård\n" });
  });

  it("refuses an empty or whitespace-only file", () => {
    expect(messageOf(new Uint8Array())).toBe("The file is empty");
    expect(messageOf(utf8(" \r\n \n"))).toBe("The file is empty");
  });

  it("refuses a 10 MB junk buffer by size before looking at its bytes", () => {
    expect(messageOf(randomBytes(10 * 1024 * 1024))).toBe("The file is 10.0 MB; the limit is 2 MB");
  });

  it("refuses junk under the size limit as binary or not UTF-8", () => {
    const junk = randomBytes(MAX_CSV_BYTES - 1);
    expect(messageOf(junk)).toMatch(/NUL bytes|not valid UTF-8/);
    const noNul = junk.map((b) => (b === 0 ? 1 : b));
    expect(messageOf(noNul)).toBe("The file is not valid UTF-8; save it as CSV UTF-8");
  });

  it("refuses Windows-1252 text (a lone 0xE9 for é) as not UTF-8", () => {
    expect(messageOf(new Uint8Array([...utf8("name\nRen"), 0xe9, ...utf8("e\n")]))).toBe("The file is not valid UTF-8; save it as CSV UTF-8");
  });

  it("names UTF-16 and NUL bytes as such", () => {
    expect(messageOf(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toBe("The file is UTF-16; save it as CSV UTF-8");
    expect(messageOf(new Uint8Array([...utf8("code\nA"), 0, ...utf8("\n")]))).toBe("The file contains NUL bytes: it is not a text CSV file");
  });
});
