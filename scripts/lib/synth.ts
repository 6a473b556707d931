/**
 * Synthetic disclosures in the seed's exact text format, for benchmarks at scale. Tables 01–11 are
 * the seed's own; 预算表12 is rebuilt from the seed's project blocks (10–300 projects, new codes,
 * scaled amounts, wrap spaces, page breaks that repeat the header and shift the page's last row
 * as the PDF does); 预算13表 gets the new department and year. Same number, same text.
 */
import { isLevel1 } from "../../src/lib/disclosure/indicators.ts";
import { formatAmount } from "../../src/lib/disclosure/money.ts";

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Synthetic {
  name: string;
  slug: string;
  text: string;
}

interface Template {
  before: string[];
  header: string[];
  projects: string[][];
  after: string[];
}

const PROJECT = /^\s*1100\d{4}[A-Z]/;
const INDICATOR_HEAD = 5;

/** Splits the seed around 预算表12: what comes before, its header, its project blocks, what follows. */
export function template(seed: string): Template {
  const lines = seed.split("\n");
  const start = lines.findIndex((l) => l.startsWith("预算表12"));
  const end = lines.findIndex((l) => l.startsWith("预算13表"));
  const header = lines.slice(start + 4, start + 6);
  const projects: string[][] = [];
  for (const line of lines.slice(start + 6, end)) {
    if (line.trim() === "" || header.includes(line)) continue;
    // every row back in the canonical layout (indicator at column 5), so blocks can be laid out anew
    const cells = line.split("\t");
    const at = cells.findIndex(isLevel1);
    const lead = PROJECT.test(line) ? [...cells.slice(0, 3), ...(at === 4 ? [""] : []), ...cells.slice(3, at)] : ["", "", "", "", ""];
    const row = [...lead, ...cells.slice(at, at + 6)].join("\t");
    if (PROJECT.test(row)) projects.push([row]);
    else projects.at(-1)?.push(row);
  }
  return { before: lines.slice(0, start + 4), header, projects, after: lines.slice(end) };
}


export function synthesize(seedText: string, index: number, seed: number): Synthetic {
  const next = random(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const t = template(seedText);
  const year = 2024 + (index % 3);
  const department = `北京市合成测试第${index + 1}局`;
  const count = 10 + Math.floor(next() * 291);
  const rows: string[] = [];
  for (let p = 0; p < count; p++) {
    const [head = "", ...indicators] = pick(t.projects);
    const cells = head.split("\t");
    const name = (cells[0] ?? "").replace(/^[^-]*-/, "").replace(/\s+/g, "");
    const cut = 1 + Math.floor(next() * Math.max(1, name.length - 1));
    const wrapped = next() < 0.3 ? `${name.slice(0, cut)} ${name.slice(cut)}` : name;
    const type = next() < 0.8 ? "T" : "Y";
    const code = `110000${String(18 + Math.floor(next() * 9)).padStart(2, "0")}${type}${String(index * 1000 + p).padStart(12, "0")}`;
    // floats only to invent a plausible figure; what is written is a fixed six-decimal string
    const total = formatAmount((Number((cells[1] ?? "0").replaceAll(",", "")) * (0.2 + next() * 4.8)).toFixed(6));
    cells[0] = `${next() < 0.4 ? `${code.slice(0, 13)} ${code.slice(13)}` : code}-${wrapped}`;
    cells[1] = total;
    cells[2] = total;
    rows.push(cells.join("\t"), ...indicators);
  }
  // Pages of 15–25 rows: the header repeats, and the page's last indicator row loses its leading cells.
  const body: string[] = [];
  let page = 0;
  let size = 15 + Math.floor(next() * 11);
  rows.forEach((row, i) => {
    const last = page === size - 1 && i < rows.length - 1;
    const cells = row.split("\t");
    body.push(last && cells[0] === "" ? [...cells.slice(INDICATOR_HEAD), "", "", "", "", ""].join("\t") : row);
    if (++page === size && i < rows.length - 1) {
      body.push("", ...t.header);
      page = 0;
      size = 15 + Math.floor(next() * 11);
    }
  });
  const after = t.after.map((line) =>
    line.startsWith("部门名称") ? line.replace("北京市政务服务和数据管理局", department) : line.replace(/^\(\d{4}年度\)$/, `(${year}年度)`),
  );
  const slug = `synth-${index + 1}`;
  return { name: `${year}-${slug}`, slug, text: [...t.before, ...t.header, ...body, "", ...after].join("\n") };
}

/**
 * One change between a year and the year before it, as data, so that what a test expects of the
 * built site is written once, here. Applied to the later year's text to make the earlier one.
 */
export type Edit =
  /** the projects whose code says they were first set up in `year` did not exist before it */
  | { op: "drop-first-year"; year: number }
  /** a project's 项目总额 and 财政资金 */
  | { op: "amount"; code: string; total: string }
  /** an indicator's 指标值 */
  | { op: "target"; code: string; level3: string; value: string }
  /** an indicator the earlier year had and the later dropped: 一级, 二级, 三级, 性质, 指标值, 度量单位 */
  | { op: "add-indicator"; code: string; indicator: readonly string[] }
  /** a phrase of the project's 绩效目标 as the earlier year wrote it */
  | { op: "goal"; code: string; from: string; to: string }
  /** a project the earlier year had and the later dropped: `like`'s goal and indicators, under a new code and name */
  | { op: "add-project"; code: string; name: string; total: string; like: string };

/** The seed's department two years back: what `npm run synth -- --series` writes and the tests assert on. */
export const SERIES: readonly { year: number; edits: readonly Edit[] }[] = [
  {
    year: 2025,
    edits: [
      { op: "drop-first-year", year: 2026 },
      { op: "amount", code: "11000022T000000438666", total: "58.000000" },
      { op: "target", code: "11000022T000000438666", level3: "每年发行公报册数", value: "7.5" },
      { op: "goal", code: "11000022T000000438666", from: "2. 通过将编印的", to: "2. 通过将按期编印的" },
      { op: "add-project", code: "11000023T000009900001", name: "合成测试：2025年后不再安排的项目", total: "12.340000", like: "11000022T000000438666" },
    ],
  },
  {
    year: 2024,
    edits: [
      { op: "drop-first-year", year: 2025 },
      { op: "amount", code: "11000022T000000438666", total: "55.500000" },
      { op: "add-indicator", code: "11000022T000000438666", indicator: ["产出指标", "数量指标", "公报增刊期数", "≤", "4", "期"] },
    ],
  },
];

const codeOf = (row: string) => (row.split("\t")[0] ?? "").split("-")[0]?.replace(/\s+/g, "") ?? "";

function block(blocks: string[][], code: string): string[] {
  const found = blocks.find((b) => codeOf(b[0] ?? "") === code);
  if (!found) throw new Error(`synth: no project ${code} in the seed`);
  return found;
}

function apply(blocks: string[][], edit: Edit): string[][] {
  const cells = (row: string) => row.split("\t");
  switch (edit.op) {
    case "drop-first-year":
      return blocks.filter((b) => codeOf(b[0] ?? "").slice(6, 8) !== String(edit.year).slice(2));
    case "amount":
      return blocks.map((b) => (codeOf(b[0] ?? "") === edit.code ? [cells(b[0] ?? "").map((c, i) => (i === 1 || i === 2 ? edit.total : c)).join("\t"), ...b.slice(1)] : b));
    case "target":
      return blocks.map((b) => (codeOf(b[0] ?? "") === edit.code ? b.map((row) => (cells(row)[7] === edit.level3 ? cells(row).map((c, i) => (i === 9 ? edit.value : c)).join("\t") : row)) : b));
    case "add-indicator":
      return blocks.map((b) => (codeOf(b[0] ?? "") === edit.code ? [...b, ["", "", "", "", "", ...edit.indicator].join("\t")] : b));
    case "goal":
      return blocks.map((b) => (codeOf(b[0] ?? "") === edit.code ? [cells(b[0] ?? "").map((c, i) => (i === 4 ? c.replace(edit.from, edit.to) : c)).join("\t"), ...b.slice(1)] : b));
    case "add-project": {
      const [head = "", ...indicators] = block(blocks, edit.like);
      const first = cells(head).map((c, i) => (i === 0 ? `${edit.code}-${edit.name}` : i === 1 || i === 2 ? edit.total : c));
      return [...blocks, [first.join("\t"), ...indicators]];
    }
  }
}

/**
 * The seed's department in the years of SERIES: the seed's tables 01–11 unchanged, 预算表12 with
 * the edits of each year and the years after it, 预算13表 dated to the year.
 */
export function synthesizeSeries(seedText: string, slug: string): Synthetic[] {
  const t = template(seedText);
  let blocks = t.projects;
  return SERIES.map(({ year, edits }) => {
    for (const edit of edits) {
      if ("code" in edit && edit.op !== "add-project") block(blocks, edit.code);
      blocks = apply(blocks, edit);
    }
    const after = t.after.map((line) => line.replace(/^\(\d{4}年度\)$/, `(${year}年度)`));
    return { name: `${year}-${slug}`, slug, text: [...t.before, ...t.header, ...blocks.flat(), "", ...after].join("\n") };
  });
}
