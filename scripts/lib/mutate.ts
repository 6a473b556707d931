/**
 * Mutants of a text disclosure, of the kinds a PDF copy and a careless hand make: the fuzz
 * (npm run fuzz) draws thousands of them, the property tests a few of each class with a fixed
 * seed. Each mutant says where each of its lines came from, so the oracle can compare line by line.
 */
import iconv from "iconv-lite";
import { dec, formatAmount, toAmount, decimalsOf } from "../../src/lib/disclosure/money.ts";
import type { Disclosure } from "../../src/lib/disclosure/schema.ts";
import { factsByLine } from "./facts.ts";

/** Classes that change nothing a reader should see: the model must be the seed's. */
export const BENIGN = ["page-break", "blank-lines", "padding", "encoding", "wrap-name", "wrap-code"] as const;
/** Classes that may change what is read: the model must say what the text says, or the parse refuse. */
export const HARMFUL = ["tab-added", "tab-dropped", "lost-leading", "moved-row", "duplicated", "junk", "huge", "long-space", "bad-bytes"] as const;
export const CLASSES = [...BENIGN, ...HARMFUL] as const;
export type MutationClass = (typeof CLASSES)[number];

export interface Mutant {
  kind: MutationClass;
  bytes: Uint8Array;
  /** per line of the mutant (index 0 = line 1): the seed's line it came from, or null for a new one */
  origin: (number | null)[];
  /** for bad-bytes: the line the parse must name */
  refuseAt?: number;
  /** for huge: the check whose difference must not change */
  check?: string;
  /** lines of the mutant whose reading the mutation may change (a goal that is no longer HTML) */
  exempt?: number[];
  what: string;
}

/** What a mutator needs to know of the seed: its lines, and which of them hold what. */
export interface Seed {
  text: string;
  lines: string[];
  model: Disclosure;
  /** lines (1-based) that hold a record of a table, by table key */
  records: Map<number, string>;
  /** each table's header lines (1-based), as a page break repeats them */
  headers: Map<string, number[]>;
}

export function describeSeed(text: string, model: Disclosure): Seed {
  const lines = text.split("\n");
  const records = new Map<number, string>();
  const headings = model.tables.map((t) => ({ key: t.key, line: t.line })).sort((a, b) => a.line - b.line);
  const tableAt = (line: number) => [...headings].reverse().find((h) => h.line <= line)?.key ?? "";
  for (const key of factsByLine(model).keys()) {
    const line = Number(key.split(":")[1]);
    if (!headings.some((h) => h.line === line)) records.set(line, tableAt(line));
  }
  const headers = new Map<string, number[]>();
  headings.forEach((h, i) => {
    const next = headings[i + 1]?.line ?? lines.length + 1;
    const first = [...records.keys()].filter((l) => l > h.line && l < next).sort((a, b) => a - b)[0] ?? next;
    const header: number[] = [];
    for (let l = h.line + 1; l < first; l++) if (/\S/.test(lines[l - 1] ?? "") && !/单位/.test(lines[l - 1] ?? "")) header.push(l);
    headers.set(h.key, header);
  });
  return { text, lines, model, records, headers };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const CJK = /[\u4e00-\u9fff]/;
const identity = (lines: readonly string[]) => lines.map((_, i) => i + 1);

function encode(lines: readonly string[]): Uint8Array {
  return Buffer.from(lines.join("\n"), "utf-8");
}

/** The seed's lines with `line` (1-based) replaced; origins unchanged. */
function replaced(seed: Seed, line: number, text: string) {
  const lines = [...seed.lines];
  lines[line - 1] = text;
  return { lines, origin: identity(lines) as (number | null)[] };
}

function inserted(seed: Seed, at: number, texts: readonly string[], origins: readonly (number | null)[]) {
  const lines = [...seed.lines.slice(0, at - 1), ...texts, ...seed.lines.slice(at - 1)];
  const origin = [...identity(seed.lines.slice(0, at - 1)), ...origins, ...seed.lines.slice(at - 1).map((_, i) => at + i)];
  return { lines, origin };
}

/** Record lines of the given tables (all when none given). */
function recordLines(seed: Seed, tables?: readonly string[]): number[] {
  return [...seed.records].filter(([, key]) => !tables || tables.includes(key)).map(([line]) => line);
}

const AMOUNT = /^-?[\d,]+\.\d+$/;

export function mutate(seed: Seed, kind: MutationClass, random: Random, spaces = 5_000_000): Mutant {
  const done = (what: string, lines: readonly string[], origin: (number | null)[], extra: Partial<Mutant> = {}): Mutant => ({ kind, bytes: encode(lines), origin, what, ...extra });
  switch (kind) {
    case "page-break": {
      // 预算13表 is a form: its page breaks repeat only the indicators' header, which the seed shows already
      const forms = new Set(seed.model.tables.filter((t) => t.shape === "overall").map((t) => t.key));
      const table = pick(random, [...seed.headers].filter(([key, header]) => header.length > 0 && !forms.has(key) && recordLines(seed, [key]).length > 1));
      const body = recordLines(seed, [table[0]]).slice(1);
      const at = pick(random, body);
      const { lines, origin } = inserted(seed, at, ["", ...table[1].map((l) => seed.lines[l - 1] ?? "")], [null, ...table[1].map(() => null)]);
      return done(`page break before line ${at} (${table[0]})`, lines, origin);
    }
    case "blank-lines": {
      let lines = [...seed.lines];
      let origin: (number | null)[] = identity(lines);
      const count = 1 + Math.floor(random() * 5);
      for (let n = 0; n < count; n++) {
        const at = Math.floor(random() * lines.length);
        lines = [...lines.slice(0, at), "", ...lines.slice(at)];
        origin = [...origin.slice(0, at), null, ...origin.slice(at)];
      }
      return done(`${count} blank lines`, lines, origin);
    }
    case "padding": {
      const lines = [...seed.lines];
      const count = 1 + Math.floor(random() * 10);
      for (let n = 0; n < count; n++) {
        const at = Math.floor(random() * lines.length);
        lines[at] = (lines[at] ?? "").split("\t").map((cell) => (cell ? ` ${cell}  ` : cell)).join("\t");
      }
      return done(`${count} lines padded`, lines, identity(lines));
    }
    case "encoding": {
      const form = pick(random, ["bom", "crlf", "gb18030", "gb18030-crlf"] as const);
      const text = form.endsWith("crlf") ? seed.text.replaceAll("\n", "\r\n") : seed.text;
      const bytes = form === "bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) : form.startsWith("gb18030") ? iconv.encode(text, "gb18030") : Buffer.from(text);
      return { kind, bytes, origin: identity(seed.lines), what: form };
    }
    case "wrap-name":
    case "wrap-code": {
      const candidates: [number, number, number][] = [];
      for (const [line, table] of seed.records) {
        const cells = (seed.lines[line - 1] ?? "").split("\t");
        // a project's goal stands just before its first indicator: a text, not a name
        const goal = cells.findIndex((cell) => /^(产出|效益|成本|满意度)指标$/.test(cell)) - 1;
        cells.forEach((cell, c) => {
          // names are short; goals and other long texts keep the spaces their source has
          if (cell.length > 100 || (table === "t12" && c === goal && /^\d{8}[A-Z]/.test(cells[0] ?? ""))) return;
          for (let i = 1; i < cell.length; i++) {
            const [a, b] = [cell[i - 1] ?? "", cell[i] ?? ""];
            const dash = cell.indexOf("-");
            if (kind === "wrap-name" && CJK.test(a) && CJK.test(b) && !/^[一二三四五六七八九十]+、/.test(cell.slice(0, i + 1)) && !/指标/.test(cell)) candidates.push([line, c, i]);
            // inside a code: digits and capitals before a dash, a 科目编码 cell of its own, or an indicator level
            const codeCell = c === 0 && /^\d{7}$/.test(cell) && ["t05", "t07", "t08"].includes(table);
            const codeName = dash > 0 && /^[0-9A-Z]+-/.test(cell) && i < dash;
            if (kind === "wrap-code" && (codeName || codeCell || (/^(产出|效益|成本|满意度)指标/.test(cell) && i === 2))) candidates.push([line, c, i]);
          }
        });
      }
      const [line, c, i] = pick(random, candidates);
      const cells = (seed.lines[line - 1] ?? "").split("\t");
      cells[c] = `${(cells[c] ?? "").slice(0, i)} ${(cells[c] ?? "").slice(i)}`;
      const { lines, origin } = replaced(seed, line, cells.join("\t"));
      return done(`${kind} at line ${line}, cell ${c + 1}, char ${i}`, lines, origin);
    }
    case "tab-added": {
      const line = pick(random, recordLines(seed));
      const text = seed.lines[line - 1] ?? "";
      const at = Math.floor(random() * (text.length + 1));
      const { lines, origin } = replaced(seed, line, `${text.slice(0, at)}\t${text.slice(at)}`);
      return done(`tab added at line ${line}, char ${at}`, lines, origin);
    }
    case "tab-dropped": {
      const line = pick(random, recordLines(seed).filter((l) => (seed.lines[l - 1] ?? "").includes("\t")));
      const text = seed.lines[line - 1] ?? "";
      const tabs = [...text.matchAll(/\t/g)].map((m) => m.index);
      const at = pick(random, tabs);
      const { lines, origin } = replaced(seed, line, `${text.slice(0, at)}${text.slice(at + 1)}`);
      return done(`tab dropped at line ${line}, char ${at}`, lines, origin);
    }
    case "lost-leading": {
      // as a copy of a page's last row does: the empty cells go, or move to the end
      const line = pick(random, recordLines(seed).filter((l) => (seed.lines[l - 1] ?? "").startsWith("\t")));
      const text = seed.lines[line - 1] ?? "";
      const lost = /^\t+/.exec(text)?.[0] ?? "";
      const padded = random() < 0.5;
      const { lines, origin } = replaced(seed, line, `${text.slice(lost.length)}${padded ? lost : ""}`);
      return done(`line ${line} lost its leading cells${padded ? " to its end" : ""}`, lines, origin);
    }
    case "moved-row": {
      const from = pick(random, recordLines(seed));
      const to = random() < 0.5 ? 1 : 1 + Math.floor(random() * seed.lines.length);
      const rest = seed.lines.filter((_, i) => i !== from - 1);
      const restOrigin = identity(seed.lines).filter((l) => l !== from);
      const lines = [...rest.slice(0, to - 1), seed.lines[from - 1] ?? "", ...rest.slice(to - 1)];
      const origin = [...restOrigin.slice(0, to - 1), from, ...restOrigin.slice(to - 1)];
      return done(`line ${from} moved to ${to}`, lines, origin);
    }
    case "duplicated": {
      const from = pick(random, recordLines(seed));
      const to = random() < 0.7 ? from + 1 : 1 + Math.floor(random() * seed.lines.length);
      const { lines, origin } = inserted(seed, to, [seed.lines[from - 1] ?? ""], [from]);
      return done(`line ${from} duplicated at ${to}`, lines, origin);
    }
    case "junk": {
      const candidates = recordLines(seed, ["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09", "t10", "t11"]).flatMap((line) =>
        (seed.lines[line - 1] ?? "").split("\t").flatMap((cell, c) => (AMOUNT.test(cell) ? [[line, c] as const] : [])),
      );
      const [line, c] = pick(random, candidates);
      const cells = (seed.lines[line - 1] ?? "").split("\t");
      const cell = cells[c] ?? "";
      const digits = [...cell.matchAll(/\d/g)].map((m) => m.index);
      const at = pick(random, digits);
      // a space at either end is trimmed, as a copy's padding is: only inside a figure is it junk
      const junk = pick(random, at > 0 && at < cell.length - 1 ? ["O", "l", "。", "x", "..", " ", "-"] : ["O", "l", "。", "x", ".."]);
      cells[c] = `${cell.slice(0, at)}${junk}${cell.slice(at + 1)}`;
      const { lines, origin } = replaced(seed, line, cells.join("\t"));
      return done(`junk in an amount at line ${line}, cell ${c + 1}`, lines, origin);
    }
    case "huge": {
      // 1e17 added to a row and to its 合计: the column's check must show the same difference
      const table = pick(random, seed.model.tables.filter((t) => t.shape === "grid" && t.rows.some((r) => r.kind === "total") && t.rows.some((r) => r.kind === "item")));
      if (table.shape !== "grid") throw new Error("unreachable");
      const total = table.rows.find((r) => r.kind === "total");
      const candidates = table.rows.flatMap((r) => (r.kind === "item" ? Object.entries(r.amounts).filter(([k, v]) => v !== null && total?.amounts[k] != null).map(([k]) => [r, k] as const) : []));
      if (!total || candidates.length === 0) return mutate(seed, kind, random, spaces);
      const [row, key] = pick(random, candidates);
      const lines = [...seed.lines];
      for (const r of [row, total]) {
        const value = r.amounts[key] ?? "0";
        const bigger = formatAmount(toAmount(dec(value).plus("100000000000000000"), decimalsOf(value)));
        lines[r.line - 1] = (lines[r.line - 1] ?? "").split("\t").map((cell) => (cell === formatAmount(value) ? bigger : cell)).join("\t");
      }
      return done(`1e17 added to ${table.key} line ${row.line} and its 合计, column ${key}`, lines, identity(lines), { check: `${table.key}.rows.${key}` });
    }
    case "long-space": {
      const goals = recordLines(seed, ["t12"]).filter((l) => (seed.lines[l - 1] ?? "").includes("<"));
      const codes = recordLines(seed, ["t12"]).filter((l) => /^\d{8}[A-Z]/.test(seed.lines[l - 1] ?? ""));
      const inGoal = random() < 0.5 && goals.length > 0;
      const line = pick(random, inGoal ? goals : codes);
      const text = seed.lines[line - 1] ?? "";
      const at = inGoal ? text.indexOf("<") + 1 : 10;
      const { lines, origin } = replaced(seed, line, `${text.slice(0, at)}${" ".repeat(spaces)}${text.slice(at)}`);
      // after "<", the spaces make the tag text: the goal then reads as what it is, a "<" and words
      return done(`${spaces} spaces ${inGoal ? "after < in a goal" : "inside a project code"} at line ${line}`, lines, origin, inGoal ? { exempt: [line] } : {});
    }
    case "bad-bytes": {
      const line = 1 + Math.floor(random() * seed.lines.length);
      const before = Buffer.from(seed.lines.slice(0, line - 1).map((l) => `${l}\n`).join(""));
      const text = seed.lines[line - 1] ?? "";
      const cut = Math.floor(random() * (text.length + 1));
      const bytes = Buffer.concat([before, Buffer.from(text.slice(0, cut)), Buffer.from([0xff, 0xfe, 0xff]), Buffer.from(text.slice(cut)), Buffer.from(seed.lines.slice(line).map((l) => `\n${l}`).join(""))]);
      return { kind, bytes, origin: identity(seed.lines), refuseAt: line, what: `invalid bytes in line ${line}` };
    }
  }
}
