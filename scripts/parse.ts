/**
 * npm run parse -- <file>...          one summary per disclosure
 * npm run parse -- --json <file>      the whole model as JSON on stdout
 * Structural problems print as <file>:<line>: <message> (a PDF: <file>:<page>:<line>) and exit 1.
 */
import type { Disclosure } from "../src/lib/disclosure/schema.ts";
import { kindName } from "../src/lib/disclosure/schema.ts";
import { ParseFailure, parseFile, SOURCE_EXTENSIONS } from "../src/lib/parse/index.ts";
import { checkSummary, type CheckSummary } from "../src/lib/site/checks.ts";
import { templateById } from "../src/lib/templates/index.ts";

const USAGE = `用法：npm run parse -- <文件>...          每份公开一段摘要
      npm run parse -- --json <文件>      整个数据模型，JSON 格式
读取 ${SOURCE_EXTENSIONS.join("、")}；旁边的 <名称>.meta.json 给出网址中的部门名（slug）和公开网址。
结构问题按“文件:行号: 说明”逐条列出，退出码 1。`;

const args = process.argv.slice(2);
const json = args.includes("--json");
const options = args.filter((arg) => arg.startsWith("-"));
const files = args.filter((arg) => !arg.startsWith("-"));

if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
} else if (files.length === 0 || (json && files.length !== 1) || options.some((o) => o !== "--json")) {
  const unknown = options.find((o) => o !== "--json");
  console.error(`${unknown ? `未知的选项 ${unknown}\n` : ""}${USAGE}`);
  process.exitCode = 2;
}

const number = new Intl.NumberFormat("zh-CN");

/** What the count of failures holds: how many are within rounding, how many rows break a rule. */
function notes(checks: CheckSummary): string {
  const parts = [checks.rounding ? `${number.format(checks.rounding)} 项为取整差` : "", checks.truncation ? `${number.format(checks.truncation)} 项为截尾差` : "", checks.failedRows ? `其中 ${number.format(checks.failedRows)} 行不符` : ""].filter(Boolean);
  return parts.length ? `（${parts.join("；")}）` : "";
}

function summary(file: string, d: Disclosure): string {
  const indicators = d.projects.reduce((n, project) => n + project.indicators.length, 0);
  const checks = checkSummary(d.checks);
  const failed = d.checks.filter((check) => check.kind !== "row" && !check.passed);
  const labels = d.tables.map((t) => t.label);
  return [
    file,
    `  部门      ${d.department}`,
    `  年度      ${d.year}（${kindName(d)}）`,
    `  模板      ${templateById(d.template)?.name ?? d.template}`,
    `  表格      ${d.tables.length > 0 ? `${d.tables.length} 张（${labels[0]} … ${labels.at(-1)}）` : "无（只有文字部分）"}`,
    `  项目      ${d.projects.length > 0 ? `${number.format(d.projects.length)} 个` : "无项目表"}`,
    `  绩效指标  ${number.format(indicators)} 条（项目）+ ${number.format(d.overallIndicators.length)} 条（部门整体）`,
    `  核对      ${number.format(checks.passed)} 项通过，${number.format(checks.failed)} 项未通过${notes(checks)}`,
    ...failed.map((check) => `    ${check.rounding || check.truncation ? "≈" : "✗"} ${check.id}  差额 ${check.difference} ${check.unit}  ${check.description}`),
  ].join("\n");
}

// exitCode, never exit(): exit() would cut off a large JSON still being written to a pipe.
for (const file of process.exitCode !== undefined || args.includes("--help") || args.includes("-h") ? [] : files) {
  try {
    const model = await parseFile(file);
    console.log(json ? JSON.stringify(model, null, 2) : summary(file, model));
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof ParseFailure) console.error(error.message);
    else throw error;
  }
}
