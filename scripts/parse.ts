/**
 * npm run parse -- <file>...          one summary per disclosure
 * npm run parse -- --json <file>      the whole model as JSON on stdout
 * Structural problems print as <file>:<line>: <message> and exit 1.
 */
import { ParseFailure, parseFile } from "../src/lib/parse/index.ts";
import type { Disclosure } from "../src/lib/disclosure/schema.ts";
import { TABLE_KEYS } from "../src/lib/disclosure/tables.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const files = args.filter((arg) => arg !== "--json");

if (files.length === 0 || (json && files.length !== 1)) {
  console.error("usage: npm run parse -- <file>...\n       npm run parse -- --json <file>");
  process.exitCode = 2;
}

const number = new Intl.NumberFormat("zh-CN");

function summary(file: string, model: Disclosure): string {
  const indicators = model.projects.reduce((n, project) => n + project.indicators.length, 0);
  const failed = model.checks.filter((check) => !check.passed);
  return [
    file,
    `  部门      ${model.department}`,
    `  年度      ${model.year}`,
    `  表格      ${TABLE_KEYS.filter((key) => model.tables[key]).length} 张（预算01表 … 预算13表）`,
    `  项目      ${number.format(model.projects.length)} 个`,
    `  绩效指标  ${number.format(indicators)} 条（项目）+ ${number.format(model.overallIndicators.length)} 条（部门整体）`,
    `  核对      ${number.format(model.checks.length - failed.length)} 项通过，${number.format(failed.length)} 项未通过`,
    ...failed.map((check) => `    ✗ ${check.id}  差额 ${check.difference} 万元  ${check.description}`),
  ].join("\n");
}

// exitCode, never exit(): exit() would cut off a large JSON still being written to a pipe.
for (const file of process.exitCode ? [] : files) {
  try {
    const model = parseFile(file);
    console.log(json ? JSON.stringify(model, null, 2) : summary(file, model));
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof ParseFailure) console.error(error.message);
    else if (error instanceof Error && "code" in error && error.code === "ENOENT") console.error(`${file}: no such file`);
    else throw error;
  }
}
