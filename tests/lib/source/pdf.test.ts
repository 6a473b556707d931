import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParseFailure } from "../../../src/lib/parse/errors.ts";
import { parseFile } from "../../../src/lib/parse/index.ts";
import { layoutPage } from "../../../src/lib/source/layout.ts";
import { overlap, readPdf, readPdfPages } from "../../../src/lib/source/pdf.ts";

// the fixtures are rebuilt by tests/fixtures/pdf/make.py
const FIXTURES = "tests/fixtures/pdf";

/** What parseFile does with a file: its result, or the error it throws. */
async function outcome(path: string): Promise<{ result: unknown } | { error: unknown }> {
  try {
    return { result: await parseFile(path) };
  } catch (error) {
    return { error };
  }
}

describe("refusing a PDF that cannot be read", () => {
  it.each([
    ["scan.pdf", "pdf", "PDF 没有文字层（共 1 页，大概是扫描件）；应为带文字的 PDF，或其文本"],
    ["truncated.pdf", "pdf", "PDF 已损坏或不完整，无法读取（"],
    ["encrypted.pdf", "pdf", "PDF 已加密，需要密码才能打开；应为部门公开的、不加密的 PDF"],
    ["not-a-pdf.pdf", "pdf", "不是 PDF：文件开头不是“%PDF”（"],
    ["webpage.pdf", "pdf", "不是 PDF，而是一个网页（HTML）：下载到的多半是出错页或跳转页，应为部门公开的 PDF 本身（"],
    ["broken-page.pdf", "pdf", "PDF 第 2 页无法读取（文件损坏）："],
  ])("%s: a ParseFailure naming the file and the reason, and no model", async (name, code, reason) => {
    const path = `${FIXTURES}/${name}`;
    const got = await outcome(path);
    expect(got).not.toHaveProperty("result");
    const error = (got as { error: unknown }).error;
    expect(error).toBeInstanceOf(ParseFailure);
    const failure = error as ParseFailure;
    // one problem, at the file's start, named by the path as given
    expect(failure.errors).toHaveLength(1);
    expect(failure.errors[0]).toMatchObject({ file: path, line: 1, page: undefined, code });
    expect(failure.message.split("\n")).toHaveLength(1);
    expect(failure.message.startsWith(`${path}:1: ${reason}`)).toBe(true);
  });

  it("refuses them in readPdf already, before any template is looked for", async () => {
    for (const name of ["scan.pdf", "truncated.pdf", "encrypted.pdf", "not-a-pdf.pdf", "webpage.pdf"]) {
      const path = `${FIXTURES}/${name}`;
      const bytes = readFileSync(path);
      await expect(readPdf(bytes, path)).rejects.toBeInstanceOf(ParseFailure);
      await expect(readPdfPages(bytes, path)).rejects.toMatchObject({ errors: [{ code: "pdf", file: path }] });
    }
  });

  it("leaves the caller's bytes as they were", async () => {
    const path = `${FIXTURES}/encrypted.pdf`;
    const bytes = readFileSync(path);
    const copy = Uint8Array.from(bytes);
    await expect(readPdf(bytes, path)).rejects.toBeInstanceOf(ParseFailure);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });

  it("reads a valid PDF of no known template, and refuses it naming the first titles found", async () => {
    const path = `${FIXTURES}/unknown-template.pdf`;
    const doc = await readPdf(readFileSync(path), path);
    expect(doc).toEqual({
      format: "pdf",
      lineCount: 3,
      pages: 1,
      lines: [
        { page: 1, line: 1, cells: ["某某报告"] },
        { page: 1, line: 2, cells: ["这是一段说明文字，不是任何已知的预算公开模板。"] },
        { page: 1, line: 3, cells: ["第二行文字。"] },
      ],
    });
    const got = await outcome(path);
    expect(got).not.toHaveProperty("result");
    const failure = (got as { error: unknown }).error;
    expect(failure).toBeInstanceOf(ParseFailure);
    expect((failure as ParseFailure).errors).toHaveLength(1);
    expect((failure as ParseFailure).errors[0]).toMatchObject({ file: path, page: 1, line: 1, code: "template" });
    expect((failure as ParseFailure).message).toMatch(new RegExp(`^${path}:1:1: 不是能读取的预决算公开：应有一张收支总表（.*），未见到；开头见到“某某报告”“这是一段说明文字`));
  });
});

describe("overlap", () => {
  const page4 = ["上海市普陀区司法局主要职能", "（五）承担统筹规划本区法治社会建设的责任。", "（六）组织实施和指导监督本区社区矫正工作。", "（七）负责推进本区公共法律服务体系建设。", "（八）负责本系统警车管理工作。"];

  it("counts the lines a page begins with that end the page before", () => {
    expect(overlap(page4, [...page4.slice(2), "上海市普陀区司法局机构设置"])).toBe(3);
    // the whole page a copy
    expect(overlap(page4, page4.slice(1))).toBe(4);
  });

  it("keeps a single short line that happens to repeat", () => {
    expect(overlap(["一段说明文字，足够长的一行", "附件"], ["附件", "下一页的正文"])).toBe(0);
    expect(overlap(["第1页"], ["第1页"])).toBe(0);
  });

  it("never counts a table's rows", () => {
    expect(overlap(["表的标题，足够长的一行", "", ""], ["", "", "下一页"])).toBe(0);
    expect(overlap(["表的标题，足够长的一行", ""], ["表的标题，足够长的一行", ""])).toBe(0);
    expect(overlap(["一段说明文字，足够长的一行", ""], ["", "一段说明文字，足够长的一行"])).toBe(0);
  });

  it("is 0 where nothing repeats, or the repeat is not the page before's end", () => {
    expect(overlap(page4, ["2026年部门财务收支预算总表", "编制部门：上海市普陀区司法局"])).toBe(0);
    expect(overlap(page4, page4.slice(1, 3))).toBe(0);
    expect(overlap([], page4)).toBe(0);
    expect(overlap(page4, [])).toBe(0);
  });
});

describe("a real PDF: seeds/sh-putuo-sifaju-2026-budget.pdf", () => {
  const path = "seeds/sh-putuo-sifaju-2026-budget.pdf";
  const bytes = readFileSync(path);

  it("reads 23 pages; page 5, a hidden copy of page 4's last lines, is dropped; page 10 begins with its table's title", { timeout: 60_000 }, async () => {
    const doc = await readPdf(bytes, path);
    expect(doc.format).toBe("pdf");
    expect(doc.pages).toBe(23);
    expect(doc.lineCount).toBe(doc.lines.length);

    const page = (n: number) => doc.lines.filter((l) => l.page === n);
    const page4 = page(4);
    expect(page4).toHaveLength(19);
    expect(page4[0]?.cells).toEqual(["上海市普陀区司法局主要职能"]);
    expect(page4.at(-1)?.cells).toEqual(["（十）完成区委、区政府交办的其他任务。"]);
    // page 5 holds nothing but page 4's last 7 lines (pdftotext -layout -f 4 -l 5 shows them twice)
    expect(page(5)).toEqual([]);
    expect(page(6)[0]).toEqual({ page: 6, line: 1, cells: ["上海市普陀区司法局机构设置"] });
    // every page's lines numbered from 1, in order
    for (let n = 1; n <= 23; n++) expect(page(n).map((l) => l.line)).toEqual(page(n).map((_, i) => i + 1));

    expect(page(10)[0]).toEqual({ page: 10, line: 1, cells: ["2026年部门财务收支预算总表"] });
  });

  it("page 5, as laid out, is page 4's last 6 lines, which overlap counts; the 7th, cut by page 5's top edge, is left out", { timeout: 60_000 }, async () => {
    const pages = await readPdfPages(bytes, path);
    expect(pages).toHaveLength(23);
    const [four, five] = [pages[3], pages[4]].map((p) => (p ? layoutPage(p).map((line) => (line.table ? "" : line.cells.join("\t"))) : []));
    expect(five).toHaveLength(6);
    expect(five).toEqual(four?.slice(-6));
    expect(four?.at(-7)).toBe("（六）组织实施和指导监督本区社区矫正工作。组织实施和指导推进刑释解矫人员安置帮教工作。");
    expect(five?.[0]).toBe("（七）负责推进本区公共法律服务体系建设。拟订公共法律服务体系建设规划并指导实施，统筹法律服务资源，提供基本公共法律服务。");
    expect(overlap(four ?? [], five ?? [])).toBe(6);
  });
});
