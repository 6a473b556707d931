import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/lib/parse/index.ts";
import { readText } from "../../../src/lib/source/text.ts";
import { SEED } from "../../helpers.ts";

const seed = readFileSync(SEED);
const text = seed.toString("utf-8");
const withoutSource = (bytes: Uint8Array) => {
  const { source, ...model } = parseText(bytes, "x.txt");
  return { model, encoding: source.encoding };
};
const reference = withoutSource(seed).model;

function failure(bytes: Uint8Array): string {
  try {
    readText(bytes, "x.txt");
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
}

describe("reading a text source", () => {
  it.each([
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]), "utf-8"],
    ["CRLF line endings", Buffer.from(text.replaceAll("\n", "\r\n"), "utf-8"), "utf-8"],
    ["GB18030", iconv.encode(text, "gb18030"), "gb18030"],
    ["GB18030 with CRLF", iconv.encode(text.replaceAll("\n", "\r\n"), "gb18030"), "gb18030"],
  ])("%s gives the same model as the UTF-8 seed", (_, bytes, encoding) => {
    const { model, encoding: found } = withoutSource(bytes);
    expect(found).toBe(encoding);
    expect(model).toEqual(reference);
  });

  it("cuts lines at tabs, trims cells and leaves blank lines out, counting every line", () => {
    expect(readText(Buffer.from("a\t b \n\n \t\nc"), "x.txt")).toEqual({ format: "text", encoding: "utf-8", lineCount: 4, lines: [{ line: 1, cells: ["a", "b"] }, { line: 4, cells: ["c"] }] });
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "x.txt:1: 文件是空的；应为一份预决算公开的文本"],
    ["blank lines only", Buffer.from("\n \n\t\n"), "x.txt:1: 文件是空的；应为一份预决算公开的文本"],
    ["UTF-16", Buffer.from([0xff, 0xfe, 0x31, 0x00]), "x.txt:1: 文件是 UTF-16 编码；应为 UTF-8 或 GB18030 文本"],
    ["bytes that are no text", Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff, 0xff, 0xff, 0x0a]), "x.txt:3: 这一行的字节既不是 UTF-8 也不是 GB18030 文本"],
    ["a NUL byte", Buffer.from("预算01表\n\u0000\n"), "x.txt:2: 文件含有 NUL 字节；应为文本，见到二进制数据"],
    // a lead byte alone on a line before the first Chinese line: its own line, not the next one
    ["a character cut short on a line of its own", Buffer.concat([Buffer.from("abc\n"), Buffer.from([0xe4, 0x0a]), Buffer.from("预算01表\n")]), "x.txt:2: 这一行的字节既不是 UTF-8 也不是 GB18030 文本"],
    ["a GB18030 lead byte alone on a blank line", Buffer.concat([Buffer.from("abc\n"), Buffer.from([0xb1, 0x0a]), iconv.encode("预算01表\n", "gb18030")]), "x.txt:2: 这一行的字节既不是 UTF-8 也不是 GB18030 文本"],
  ])("rejects %s", (_, bytes, message) => {
    expect(failure(bytes)).toBe(message);
  });

  it("names the line of bytes that break a UTF-8 file, not the first line GB18030 happens to read", () => {
    // a stray byte on line 2 of UTF-8 Chinese: each line alone reads as GB18030, the file as a whole as neither
    const bytes = Buffer.concat([Buffer.from("预算01表 收支总表\n金额"), Buffer.from([0xc3, 0x28]), Buffer.from("单位\n收入\n")]);
    expect(failure(bytes)).toBe("x.txt:2: 这一行的字节既不是 UTF-8 也不是 GB18030 文本");
  });
});
