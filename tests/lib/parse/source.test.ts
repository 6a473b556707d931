import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDisclosure } from "../../../src/lib/parse/index.ts";
import { decodeSource } from "../../../src/lib/parse/source.ts";
import { SEED } from "../../helpers.ts";

const seed = readFileSync(SEED);
const text = seed.toString("utf-8");
const withoutSource = (bytes: Uint8Array) => {
  const { source, ...model } = parseDisclosure(bytes, "x.txt");
  return { model, encoding: source.encoding };
};
const reference = withoutSource(seed).model;

function failure(bytes: Uint8Array): string {
  try {
    decodeSource(bytes, "x.txt");
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
}

describe("decoding the source", () => {
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

  it.each([
    ["an empty file", Buffer.alloc(0), "x.txt:1: the file is empty; expected the text of a budget disclosure"],
    ["blank lines only", Buffer.from("\n \n\t\n"), "x.txt:1: the file is empty; expected the text of a budget disclosure"],
    ["UTF-16", Buffer.from([0xff, 0xfe, 0x31, 0x00]), "x.txt:1: the file is UTF-16; expected UTF-8 or GB18030 text"],
    ["bytes that are no text", Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff, 0xff, 0xff, 0x0a]), "x.txt:3: the bytes are neither UTF-8 nor GB18030 text"],
    ["a NUL byte", Buffer.from("预算01表\n\u0000\n"), "x.txt:2: the file holds NUL bytes; expected text, found binary data"],
  ])("rejects %s", (_, bytes, message) => {
    expect(failure(bytes)).toBe(message);
  });
});
