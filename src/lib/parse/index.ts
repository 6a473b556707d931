import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { runChecks } from "../disclosure/checks.ts";
import { disclosure as disclosureSchema, type Disclosure } from "../disclosure/schema.ts";
import type { TableKey } from "../disclosure/tables.ts";
import { TableContext } from "./context.ts";
import { Diagnostics } from "./errors.ts";
import { splitSections, type Section } from "./sections.ts";
import { decodeSource } from "./source.ts";
import { readFundTable } from "./tables/fund.ts";
import { readSummary } from "./tables/summary.ts";
import { readT02 } from "./tables/t02.ts";
import { readT03 } from "./tables/t03.ts";
import { readT05 } from "./tables/t05.ts";
import { readT06 } from "./tables/t06.ts";
import { readT09 } from "./tables/t09.ts";
import { readT10 } from "./tables/t10.ts";
import { readT11 } from "./tables/t11.ts";
import { readT12 } from "./tables/t12.ts";
import { readT13 } from "./tables/t13.ts";

import { ParseError, ParseFailure } from "./errors.ts";

export { ParseError, ParseFailure };

/**
 * The bytes of one disclosure → its validated model, checks included. Every structural problem
 * of the file is collected and thrown together as a ParseFailure; disagreements between the
 * disclosure's own figures are not problems but findings, in `checks`.
 */
export function parseDisclosure(bytes: Uint8Array, file: string, slug = slugOf(file)): Disclosure {
  const source = decodeSource(bytes, file);
  const diagnostics = new Diagnostics(file);
  const sections = splitSections(source.lines, diagnostics);
  diagnostics.throwIfAny();

  const ctx = (key: TableKey) => new TableContext(sections.get(key) as Section, diagnostics);
  const meta = (key: TableKey) => {
    const section = sections.get(key) as Section;
    return { title: section.title, line: section.line };
  };
  const t13 = readT13(ctx("t13"));
  const tables = {
    t01: readSummary(ctx("t01")),
    t02: readT02(ctx("t02")),
    t03: readT03(ctx("t03")),
    t04: readSummary(ctx("t04")),
    t05: readT05(ctx("t05")),
    t06: readT06(ctx("t06")),
    t07: readFundTable(ctx("t07")),
    t08: readFundTable(ctx("t08")),
    t09: readT09(ctx("t09")),
    t10: readT10(ctx("t10")),
    t11: readT11(ctx("t11")),
    t12: meta("t12"),
    t13: t13.table,
  };
  const projects = readT12(ctx("t12"));
  diagnostics.throwIfAny();

  const model = {
    slug,
    department: t13.table.department,
    year: t13.table.year,
    unit: "万元" as const,
    source: {
      // the name only: the model must not depend on where the seeds were checked out
      file: basename(file),
      sha256: createHash("sha256").update(bytes).digest("hex"),
      encoding: source.encoding,
      lines: source.lines.length,
    },
    tables,
    projects,
    overallIndicators: t13.indicators,
  };
  return disclosureSchema.parse({ ...model, checks: runChecks(model) });
}

/** The file name made a URL slug: "000_A305.txt" → "000-a305". */
export function slugOf(file: string): string {
  return basename(file).replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "disclosure";
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads and parses one file; errors name the path as given. A manifest beside it,
 * <name>.meta.json with { "slug": "…" }, names the department in URLs.
 */
export function parseFile(path: string): Disclosure {
  const manifest = path.replace(/\.txt$/, "") + ".meta.json";
  let slug = slugOf(path);
  if (existsSync(manifest)) {
    const meta: unknown = JSON.parse(readFileSync(manifest, "utf-8"));
    const given = typeof meta === "object" && meta !== null && "slug" in meta ? meta.slug : undefined;
    if (typeof given !== "string" || !SLUG.test(given)) {
      throw new ParseFailure([new ParseError(manifest, 1, "bad-code", `expected "slug" of lowercase letters, digits and hyphens, found ${JSON.stringify(given)}`)]);
    }
    slug = given;
  }
  return parseDisclosure(readFileSync(path), path, slug);
}
