import { createHash } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { deflateRawSync } from "node:zlib";
import { Zip, ZipPassThrough } from "fflate";
import type { Disclosure } from "../disclosure/schema.ts";

/** Every archive entry has this date: midnight, local time, so the DOS fields do not depend on the zone. */
const FIXED_TIME = new Date(2000, 0, 1);

/**
 * A zip entry deflated by Node's zlib, which is native: fflate's own deflate, in JavaScript, was
 * three quarters of the time spent writing archives. fflate still lays out the zip and the CRC.
 */
class NativeDeflate extends ZipPassThrough {
  /** general purpose flag bits 1–2: maximum compression, as level 9 is */
  readonly flag = 1;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    this.mtime = FIXED_TIME;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    // deflateRawSync ends its stream, so an entry takes its file whole, in one final chunk
    if (!final) throw new Error(`${this.filename}: expected the whole file in one chunk`);
    this.ondata(null, deflateRawSync(chunk, { level: 9 }), true);
  }
}

/** What an archive says about one disclosure. */
export type Summary = Pick<Disclosure, "department" | "year" | "slug" | "source" | "projects">;

export interface Archive {
  /** file name under dist/archives/ */
  name: string;
  title: string;
  disclosures: Summary[];
}

export function archivesOf(disclosures: readonly Summary[]): Archive[] {
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
  return [
    ...disclosures.map((d) => ({ name: `${d.year}-${d.slug}.zip`, title: `${d.department} ${d.year}年部门预算`, disclosures: [d] })),
    ...years.map((year) => ({ name: `${year}.zip`, title: `${year}年部门预算（${disclosures.filter((d) => d.year === year).length} 个部门）`, disclosures: disclosures.filter((d) => d.year === year) })),
  ];
}

function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [relative(".", path)];
    });
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${({ "&": "amp", "<": "lt", ">": "gt", '"': "quot" } as const)[c as "&"]};`);

/** The archive's front page: what it holds, how to open and verify it; the site's own style. */
function cover(archive: Archive, style: string): string {
  const rows = archive.disclosures
    .map((d) => `<li><a href="${d.year}/${d.slug}/index.html">${escape(d.department)} ${d.year}年部门预算</a>（${d.projects.length} 个项目）</li>`)
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(archive.title)} · 离线存档 · 明账</title>
<meta name="description" content="${escape(archive.title)}的离线存档：全部页面、数据与原文。">
${style}
</head>
<body>
<main id="main">
<h1>${escape(archive.title)}</h1>
<p class="source">明账离线存档：双击打开即可阅读，无需联网。金额单位：万元。</p>
<ul>
${rows}
</ul>
<p><a href="guides/index.html">怎样读懂部门预算</a> · <a href="README.txt">关于本存档</a> · <a href="SHA256SUMS">文件校验值</a></p>
</main>
</body>
</html>
`;
}

function readme(archive: Archive): string {
  const lines = archive.disclosures.map(
    (d) => `- ${d.department} ${d.year}年部门预算：${d.year}/${d.slug}/index.html\n  原文：${d.year}/${d.slug}/data/source.txt（${d.source.encoding === "utf-8" ? "UTF-8" : "GB18030"} 编码，${d.source.lines} 行，SHA-256 ${d.source.sha256}）`,
  );
  return [
    "明账 · 部门预算公开离线存档",
    "",
    `本存档：${archive.title}`,
    "",
    "内容",
    ...lines,
    "",
    "每份预算包括 13 张表、每个项目及其绩效指标、部门整体绩效目标、支出图解、核对结果，",
    "以及数据下载：完整数据（JSON）、各表 CSV、原文。金额单位为万元，逐数取自原文。",
    "",
    "打开",
    "双击 index.html，用任何浏览器阅读，无需联网，无需安装。",
    "从本地文件打开时浏览器不允许运行站内搜索，请从项目一览和各表查找。",
    "",
    "核验",
    "SHA256SUMS 列出本存档中其他每个文件的 SHA-256 值。在解压后的目录中运行：",
    "  sha256sum -c SHA256SUMS        （Linux）",
    "  shasum -a 256 -c SHA256SUMS    （macOS）",
    "原文 source.txt 的 SHA-256 应与部门公开的原文文件一致，可据此确认数据来源未被改动。",
    "",
    "生成",
    "明账（mingzhang）从部门预算公开原文逐行读取、核对后生成本站。原文与核对结果不符之处均如实列出，不作更正。",
    "",
  ].join("\n");
}

/**
 * Writes one archive to `path`: its cover, the disclosures' folders, the guides and the search page
 * (which, opened from disk, says why it cannot search), a README, and last SHA256SUMS. One file at
 * a time is read, hashed, compressed and written, so memory stays flat however large the year.
 * Entries come in path order with one fixed time: the same input gives the same bytes. Inside the
 * archive the link to the archive itself is replaced by words.
 */
export function writeArchive(dist: string, archive: Archive, path: string): void {
  const style = /<style>[\s\S]*?<\/style>/.exec(readFileSync(join(dist, "index.html"), "utf-8"))?.[0] ?? "";
  const generated = new Map<string, string>([
    ["index.html", cover(archive, style)],
    ["README.txt", readme(archive)],
  ]);
  const folders = [...archive.disclosures.map((d) => `${d.year}/${d.slug}`), "guides", "search"];
  const names = [...generated.keys(), ...folders.flatMap((folder) => filesUnder(dist, folder))].sort();
  const fd = openSync(path, "w");
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(fd, chunk);
  });
  const add = (name: string, bytes: Uint8Array) => {
    const entry = new NativeDeflate(name);
    zip.add(entry);
    entry.push(bytes, true);
  };
  const sums: string[] = [];
  for (const name of names) {
    let bytes: Uint8Array = generated.has(name) ? Buffer.from(generated.get(name) ?? "", "utf-8") : readFileSync(join(dist, name));
    if (name.endsWith(".html") && !generated.has(name)) {
      bytes = Buffer.from(Buffer.from(bytes).toString("utf-8").replace(/<a [^>]*data-archive-link[^>]*>[\s\S]*?<\/a>/g, "<span>（即本存档）</span>"), "utf-8");
    }
    sums.push(`${createHash("sha256").update(bytes).digest("hex")}  ${name}`);
    add(name, bytes);
  }
  add("SHA256SUMS", Buffer.from(`${sums.join("\n")}\n`, "utf-8"));
  zip.end();
  closeSync(fd);
}
