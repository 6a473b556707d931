import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { Diagnostics } from "../parse/errors.ts";
import type { DocLine, Document } from "./document.ts";
import { layoutPage, type PageLine } from "./layout.ts";

/** A run of text on a page, in points from the page's top left. */
export interface TextItem {
  text: string;
  /** left edge */
  x: number;
  /** top of the text: baseline minus font size */
  top: number;
  /** baseline */
  baseline: number;
  width: number;
  /** font size */
  size: number;
}

/** A stroked or thin filled line of the page: a table's rule. Horizontal when y0 = y1, vertical when x0 = x1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  /** 1-based */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  rules: Rule[];
}

const pdfjs = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
/** pdf.js in Node takes file system paths, ending in a separator, where a browser takes URLs. */
const folder = (name: string) => join(pdfjs, name) + sep;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The widest a filled rectangle may be and still be a rule, in points: a cell's border, not its shading. */
const THIN = 2;
/** DrawOPS of pdf.js's path buffers */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

/**
 * A table's rules from a page's drawing operations: the straight, axis-aligned segments of
 * stroked paths, and thin filled rectangles (which Word and WPS draw cell borders as). Curves and
 * large fills are not rules. Coordinates come out top-down, like the text's.
 */
function rulesOf(OPS: PdfJs["OPS"], fnArray: readonly number[], argsArray: readonly unknown[], viewport: Matrix): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = viewport;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const [paint, [data]] = args as [number, [Float32Array | null]];
      if (!data || paint === OPS.endPath) continue;
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      const segments: [number, number, number, number][] = [];
      let start: [number, number] = [0, 0];
      let at: [number, number] = [0, 0];
      let curved = false;
      for (let k = 0; k < data.length; ) {
        const op = data[k++];
        if (op === MOVE) {
          at = start = apply(ctm, data[k] ?? 0, data[k + 1] ?? 0);
          k += 2;
        } else if (op === LINE) {
          const to = apply(ctm, data[k] ?? 0, data[k + 1] ?? 0);
          segments.push([at[0], at[1], to[0], to[1]]);
          at = to;
          k += 2;
        } else if (op === CURVE) {
          curved = true;
          at = apply(ctm, data[k + 4] ?? 0, data[k + 5] ?? 0);
          k += 6;
        } else if (op === QUADRATIC) {
          curved = true;
          at = apply(ctm, data[k + 2] ?? 0, data[k + 3] ?? 0);
          k += 4;
        } else if (op === CLOSE) {
          if (at[0] !== start[0] || at[1] !== start[1]) segments.push([at[0], at[1], start[0], start[1]]);
          at = start;
        } else break;
      }
      if (curved) continue;
      if (stroked) {
        for (const [x0, y0, x1, y1] of segments) {
          if (Math.abs(y0 - y1) < 0.5) rules.push({ x0: Math.min(x0, x1), y0: (y0 + y1) / 2, x1: Math.max(x0, x1), y1: (y0 + y1) / 2 });
          else if (Math.abs(x0 - x1) < 0.5) rules.push({ x0: (x0 + x1) / 2, y0: Math.min(y0, y1), x1: (x0 + x1) / 2, y1: Math.max(y0, y1) });
        }
      } else if (segments.length >= 3) {
        // a filled path: a thin box is a rule along its long side
        const xs = segments.flatMap(([x0, , x1]) => [x0, x1]);
        const ys = segments.flatMap(([, y0, , y1]) => [y0, y1]);
        const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (bottom - top < THIN && right - left > bottom - top) rules.push({ x0: left, y0: (top + bottom) / 2, x1: right, y1: (top + bottom) / 2 });
        else if (right - left < THIN && bottom - top > right - left) rules.push({ x0: (left + right) / 2, y0: top, x1: (left + right) / 2, y1: bottom });
      }
    }
  }
  return rules;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let loaded: Promise<PdfJs> | undefined;
/** pdf.js, loaded when the first PDF is read: a build of text disclosures, and every run of the CLI on them, starts 0.1 s sooner. */
const loadPdfJs = () => (loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

/** One page's text runs and rules. */
async function readPage(OPS: PdfJs["OPS"], document: PDFDocumentProxy, number: number): Promise<PdfPage> {
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [, , c, d, e, f] = item.transform as Matrix;
    const size = Math.hypot(c, d);
    const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
    items.push({ text: item.str, x, top: baseline - size, baseline, width: item.width, size });
  }
  const operators = await page.getOperatorList();
  const rules = rulesOf(OPS, operators.fnArray, operators.argsArray, viewport.transform as Matrix);
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, items, rules };
}

/** What a file that pdf.js cannot open is instead, told by its first bytes: a web page, or no PDF at all. */
function notPdf(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  if (head.startsWith("%pdf")) return undefined;
  if (/^(?:<!doctype html|<html|<\?xml|<head|<body|<meta|<script)/.test(head) || head.includes("<html")) return "不是 PDF，而是一个网页（HTML）：下载到的多半是出错页或跳转页，应为部门公开的 PDF 本身";
  return `不是 PDF：文件开头不是“%PDF”${bytes.length === 0 ? "（文件是空的）" : ""}`;
}

/**
 * The pages of a PDF: its text runs with their positions, and its rules. A file that is no PDF,
 * one that is damaged or encrypted, and one without a text layer (a scan) are refused with the
 * reason; nothing is guessed.
 */
export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  const diagnostics = new Diagnostics(file);
  const refuse = (detail: string): never => {
    diagnostics.add(1, "pdf", detail);
    diagnostics.throwIfAny();
    throw new Error("unreachable");
  };
  const { getDocument, InvalidPDFException, OPS, PasswordException } = await loadPdfJs();
  // pdf.js takes the buffer over: it gets a copy, and the caller keeps its bytes
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: folder("cmaps"),
    cMapPacked: true,
    standardFontDataUrl: folder("standard_fonts"),
    wasmUrl: folder("wasm"),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    if (error instanceof PasswordException) return refuse("PDF 已加密，需要密码才能打开；应为部门公开的、不加密的 PDF");
    if (error instanceof InvalidPDFException) return refuse(`${notPdf(bytes) ?? "PDF 已损坏或不完整，无法读取"}（${error.message}）`);
    return refuse(`PDF 无法读取：${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    if (document.numPages === 0) refuse("PDF 没有页面");
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      let page;
      try {
        page = await readPage(OPS, document, number);
      } catch (error) {
        // a damaged page tree or stream is the file's problem, told like any other
        return refuse(`PDF 第 ${number} 页无法读取（文件损坏）：${error instanceof Error ? error.message : String(error)}`);
      }
      pages.push(page);
    }
    if (pages.every((p) => p.items.length === 0)) refuse(`PDF 没有文字层（共 ${pages.length} 页，大概是扫描件）；应为带文字的 PDF，或其文本`);
    return pages;
  } finally {
    await task.destroy();
  }
}

/**
 * A PDF as lines: each page laid out (layout.ts), its lines numbered from 1 within the page. A
 * paragraph that ran over a page break is drawn on both pages and clipped on each (as WPS does):
 * where a page begins with the very lines the page before ended with, that hidden copy is left out.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<Document> {
  const pages = await readPdfPages(bytes, file);
  const lines: DocLine[] = [];
  let previous: string[] = [];
  let lineCount = 0;
  const laidOut = withoutFurniture(pages.map(layoutPage));
  for (const [index, page] of pages.entries()) {
    const laid = laidOut[index] ?? [];
    const texts = laid.map((line) => (line.table ? "" : line.cells.join("\t")));
    const repeated = overlap(previous, texts);
    let number = 0;
    for (const line of laid.slice(repeated)) lines.push({ page: page.number, line: ++number, cells: line.cells, ...(line.spans ? { spans: line.spans } : {}) });
    lineCount += number;
    previous = texts;
  }
  return { format: "pdf", lineCount, pages: pages.length, lines };
}

/** A page number as printed at a page's foot or head: 5, - 5 -, —5—, 第5页, 第 5 页 共 30 页, 5/30. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * Pages without their furniture: a page number alone on the first or last line of running text,
 * and a running head or foot (the same line first, or last, on at least three pages and a third of
 * them). They are the printer's, not the document's: left in, they would end a table's rows or cut
 * a paragraph in two.
 */
export function withoutFurniture(pages: readonly PageLine[][]): PageLine[][] {
  const edges = (page: readonly PageLine[]) => [page[0], page.at(-1)].filter((line): line is PageLine => line !== undefined && !line.table);
  const counts = new Map<string, number>();
  for (const page of pages) for (const text of new Set(edges(page).map((line) => line.cells.join("\t")))) counts.set(text, (counts.get(text) ?? 0) + 1);
  // a table's title printed atop each of its pages is the table's, not the printer's
  const running = (text: string) => (counts.get(text) ?? 0) >= Math.max(3, pages.length / 3) && !/表(?:[(（][^()（）]*[)）])?$/.test(text.replace(/\s+/g, ""));
  return pages.map((page) => {
    const furniture = new Set(edges(page).filter((line) => PAGE_NUMBER.test(line.cells.join(" ").trim()) || running(line.cells.join("\t"))));
    // a page number under a running foot, or over a running head: the line next to the edge
    for (const line of [page[1], page.at(-2)]) if (line && !line.table && furniture.size > 0 && PAGE_NUMBER.test(line.cells.join(" ").trim()) && (line === page[1] ? furniture.has(page[0] as PageLine) : furniture.has(page.at(-1) as PageLine))) furniture.add(line);
    return furniture.size === 0 ? page : page.filter((line) => !furniture.has(line));
  });
}

/**
 * How many lines a page begins with that end the page before, in the same order: running text
 * only (a table's row is "" and never repeats), and at least a few characters of it, so that a
 * short line that happens to be the same is kept.
 */
export function overlap(before: readonly string[], page: readonly string[]): number {
  for (let k = Math.min(before.length, page.length); k > 0; k--) {
    const head = page.slice(0, k);
    const tail = before.slice(before.length - k);
    if (head.every((text, i) => text !== "" && text === tail[i]) && head.join("").length >= 8) return k;
  }
  return 0;
}
