import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFile } from "../../src/lib/parse/index.ts";
import { parseCsv } from "../../src/lib/site/csv.ts";
import { plainText } from "../../src/lib/site/downloads.ts";
import { tableViews } from "../../src/lib/site/table-view.ts";
import { SEED } from "../helpers.ts";
import { BASE, DIST, file, requireDist } from "./dist.ts";

const model = parseFile(SEED);
const csv = (name: string) => parseCsv(file(`${BASE}/data/${name}`));
const nullable = (value: string) => (value === "" ? null : value);

beforeAll(requireDist);

describe("downloads", () => {
  it("serves the model itself as JSON", () => {
    expect(JSON.parse(file(`${BASE}/data/disclosure.json`))).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it("serves the source byte for byte, matching its SHA-256", () => {
    expect(readFileSync(join(DIST, BASE, "data", "source.txt")).equals(readFileSync(SEED))).toBe(true);
  });

  it("writes CSV with a BOM and CRLF so Excel reads the Chinese", () => {
    const raw = file(`${BASE}/data/t12-projects.csv`);
    expect(raw.startsWith("\uFEFF项目编码,项目名称,项目总额（万元）")).toBe(true);
    expect(raw.split("\r\n")).toHaveLength(model.projects.length + 2);
  });

  it("round-trips the projects, their indicators and the department-wide indicators", () => {
    expect(csv("t12-projects.csv").rows).toEqual(
      model.projects.map((p) => [p.code, p.name, p.total, p.fiscalFunds ?? "", p.otherFunds ?? "", plainText(p.goal), String(p.indicators.length), String(p.line)]),
    );
    const indicators = csv("t12-indicators.csv").rows.map(([code, , level1, level2, level3, operator, value, unit, line]) => ({ code, level1, level2, level3, operator, value, unit, line: Number(line) }));
    expect(indicators).toEqual(model.projects.flatMap((p) => p.indicators.map((i) => ({ code: p.code, ...i }))));
    const overall = csv("t13.csv").rows.map(([activity, level1, level2, level3, operator, value, unit, line]) => ({ activity, level1, level2, level3, operator, value, unit, line: Number(line) }));
    expect(overall).toEqual(model.overallIndicators);
  });

  it("round-trips every amount of tables 01–11 exactly, with its source line", () => {
    for (const view of tableViews(model)) {
      const { columns, rows } = csv(`${view.key}.csv`);
      const offset = view.key === "t05" ? 1 : 0;
      expect(columns.slice(offset, offset + view.columns.length)).toEqual(view.columns);
      const expected = view.groups.flatMap((g) => g.rows);
      expect(rows).toHaveLength(expected.length);
      rows.forEach((row, n) => {
        const source = expected[n];
        source?.cells.forEach((cell, c) => {
          if (cell.value !== undefined) expect(nullable(row[offset + c] ?? "")).toBe(cell.value);
        });
        expect(row.at(-1)).toBe(String(source?.line));
      });
    }
  });

  it("round-trips the checks", () => {
    const { rows } = csv("checks.csv");
    expect(rows.map(([id, , , expected, actual, difference, result]) => ({ id, expected, actual, difference, passed: result === "通过" }))).toEqual(
      model.checks.map(({ id, expected, actual, difference, passed }) => ({ id, expected, actual, difference, passed })),
    );
  });

  it("describes every file in datapackage.json, with each CSV's columns", () => {
    const pkg = JSON.parse(file(`${BASE}/data/datapackage.json`)) as { resources: { path: string; schema?: { fields: { name: string }[] } }[] };
    for (const resource of pkg.resources) {
      const content = file(`${BASE}/data/${resource.path}`);
      if (resource.schema) expect(parseCsv(content).columns).toEqual(resource.schema.fields.map((f) => f.name));
    }
    expect(pkg.resources.map((r) => r.path)).toContain("source.txt");
  });
});
