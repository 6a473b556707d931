/**
 * Synthetic disclosures in the seed's exact text format, for benchmarks at scale. Tables 01–11 are
 * the seed's own; 预算表12 is rebuilt from the seed's project blocks (10–300 projects, new codes,
 * scaled amounts, wrap spaces, page breaks that repeat the header and shift the page's last row
 * as the PDF does); 预算13表 gets the new department and year. Same number, same text.
 */
import { isLevel1 } from "../disclosure/indicators.ts";
import { formatAmount } from "../disclosure/money.ts";

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
