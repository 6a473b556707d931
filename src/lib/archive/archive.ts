import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, Zip, ZipPassThrough } from "fflate";
import type { Disclosure } from "../disclosure/schema.ts";
import { kindName } from "../disclosure/schema.ts";
import { filesUnder } from "../files.ts";
import { archiveName, baseOf } from "../site/paths.ts";

/** Every archive entry has this date: midnight, local time, so the DOS fields do not depend on the zone. */
const FIXED_TIME = new Date(2000, 0, 1);

/** What an archive says about one disclosure. */
export type Summary = Pick<Disclosure, "department" | "year" | "slug" | "kind" | "scope" | "source"> & { projectCount: number };

export function summaryOf(d: Disclosure): Summary {
  return { department: d.department, year: d.year, slug: d.slug, kind: d.kind, scope: d.scope, source: d.source, projectCount: d.projects.length };
}

export interface Archive {
  /** file name under dist/archives/ */
  name: string;
  title: string;
  disclosures: Summary[];
}

/** A year's archive and the archives of its disclosures, which hold a part of it each. */
export interface YearArchives {
  year: Archive;
  parts: Archive[];
}

/**
 * The newest year first; a year's departments in the order of their folders, as the year's zip
 * holds them. A department's archive holds all it published that year (预算 and 决算 alike), as
 * its folder does.
 */
export function archivesOf(disclosures: readonly Summary[]): YearArchives[] {
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const ofYear = disclosures.filter((d) => d.year === year).sort((a, b) => compare(baseOf(a), baseOf(b)));
    const slugs = [...new Set(ofYear.map((d) => d.slug))];
    return {
      year: { name: `${year}.zip`, title: `${year}年部门预决算（${slugs.length} 个部门）`, disclosures: ofYear },
      parts: slugs.map((slug) => {
        const own = ofYear.filter((d) => d.slug === slug);
        const [first] = own as [Summary];
        return { name: archiveName(first), title: `${first.department} ${year}年${own.map(kindName).join("、")}`, disclosures: own };
      }),
    };
  });
}

const folderOf = (d: Summary) => `${d.year}/${d.slug}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${({ "&": "amp", "<": "lt", ">": "gt", '"': "quot" } as const)[c as "&"]};`);

/** The archive's front page: what it holds, how to open and verify it; the site's own style. */
function cover(archive: Archive, style: string): string {
  const rows = archive.disclosures
    .map((d) => `<li><a href="${baseOf(d).slice(1)}index.html">${escape(d.department)} ${d.year}年${kindName(d)}</a>（${d.projectCount > 0 ? `${d.projectCount} 个项目` : "无项目表"}）</li>`)
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
<p class="source">明账离线存档：双击打开即可阅读，无需联网。金额单位以各页所注为准。</p>
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
  const lines = archive.disclosures.map((d) => {
    const base = baseOf(d).slice(1);
    const source =
      d.source.format === "pdf"
        ? `${base}data/source.pdf（部门发布的 PDF 原件，${d.source.pages} 页，SHA-256 ${d.source.sha256}${d.source.url ? `；公开网址 ${d.source.url}` : ""}）`
        : `${base}data/source.txt（公开原文的文本副本，${d.source.encoding === "gb18030" ? "GB18030" : "UTF-8"} 编码，${d.source.lines} 行，SHA-256 ${d.source.sha256}；这是文本副本的校验值，不是部门发布的 PDF 的）`;
    return `- ${d.department} ${d.year}年${kindName(d)}：${base}index.html\n  原文：${source}`;
  });
  return [
    "明账 · 部门预决算公开离线存档",
    "",
    `本存档：${archive.title}`,
    "",
    "内容",
    ...lines,
    "",
    "每份公开包括原文的每张表、项目及其绩效指标（原文列有时）、支出图解、核对结果，",
    "以及数据下载：完整数据（JSON）、各表 CSV、原文。表中金额与原文相同，单位同原表；摘要换算为万元。",
    "",
    "打开",
    "双击 index.html，用任何浏览器阅读，无需联网，无需安装。",
    "从本地文件打开时浏览器不允许运行站内搜索，请从项目一览和各表查找。",
    "",
    "核验",
    "SHA256SUMS 列出本存档中其他每个文件的 SHA-256 值。在解压后的目录中运行：",
    "  sha256sum -c SHA256SUMS        （Linux）",
    "  shasum -a 256 -c SHA256SUMS    （macOS）",
    "原文是部门发布的 PDF 时，其 SHA-256 可与部门网站上的文件比对，确认来源未被改动；",
    "原文是文本副本时，SHA-256 只证明副本未被改动，副本与 PDF 是否一致须对照 PDF 核实。",
    "",
    "生成",
    "明账（mingzhang）从部门预决算公开原文逐行读取、核对后生成本站。原文与核对结果不符之处均如实列出，不作更正。",
    "",
  ].join("\n");
}

/** A file as an archive holds it: deflated once, however many archives it goes into. */
interface Entry {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  deflated: Uint8Array<ArrayBuffer>;
  sha256: string;
}

function entryOf(name: string, bytes: Uint8Array<ArrayBuffer>): Entry {
  return { name, bytes, deflated: deflateSync(bytes, { level: 9 }), sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** A file of the site as archived: in its pages, the link to the archive itself is replaced by words. */
function siteEntry(dist: string, name: string): Entry {
  const bytes = readFileSync(join(dist, name));
  if (!name.endsWith(".html")) return entryOf(name, bytes);
  return entryOf(name, Buffer.from(bytes.toString("utf-8").replace(/<a [^>]*data-archive-link[^>]*>[\s\S]*?<\/a>/g, "<span>（即本存档）</span>"), "utf-8"));
}

/** A zip entry whose data was deflated beforehand; fflate computes its CRC and lays out the zip. */
class Deflated extends ZipPassThrough {
  /** general purpose flag bits 1–2: maximum compression, as level 9 is */
  readonly flag = 1;
  private readonly deflated: Uint8Array<ArrayBuffer>;

  constructor(entry: Entry) {
    super(entry.name);
    this.compression = 8;
    this.mtime = FIXED_TIME;
    this.deflated = entry.deflated;
  }

  protected override process(_chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflated, final);
  }
}

/** One zip being written, entry by entry, with SHA256SUMS of every entry added last. */
class ZipWriter {
  private readonly fd: number;
  private readonly zip: Zip;
  private readonly sums: string[] = [];

  constructor(path: string) {
    const fd = openSync(path, "w");
    this.fd = fd;
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      writeSync(fd, chunk);
    });
  }

  add(entry: Entry): void {
    this.sums.push(`${entry.sha256}  ${entry.name}`);
    const file = new Deflated(entry);
    this.zip.add(file);
    file.push(entry.bytes, true);
  }

  /** The archive's own files after the disclosures' folders (whose names, starting with the year, sort first), then SHA256SUMS. */
  close(archive: Archive, style: string, shared: readonly Entry[]): void {
    const own = [entryOf("index.html", Buffer.from(cover(archive, style), "utf-8")), entryOf("README.txt", Buffer.from(readme(archive), "utf-8"))];
    for (const entry of [...own, ...shared].sort((a, b) => compare(a.name, b.name))) this.add(entry);
    this.add(entryOf("SHA256SUMS", Buffer.from(`${this.sums.join("\n")}\n`, "utf-8")));
    this.zip.end();
    closeSync(this.fd);
  }
}

/**
 * Writes a year's archive and its disclosures' archives into `directory`. Each holds a cover, the
 * disclosures' folders, the guides and the search page (which, opened from disk, says why it cannot
 * search), a README, and last SHA256SUMS. The year's zip is written alongside each disclosure's,
 * so every file is read and deflated once for both. Besides the guides and the search page, which
 * every archive holds, one file at a time is kept, so memory stays flat however large the year.
 * Entries come in path order with one fixed time: the same input gives the same bytes.
 */
export function writeYear(dist: string, { year, parts }: YearArchives, directory: string): void {
  const style = /<style>[\s\S]*?<\/style>/.exec(readFileSync(join(dist, "index.html"), "utf-8"))?.[0] ?? "";
  const shared = ["guides", "search"].flatMap((folder) => filesUnder(dist, folder)).map((name) => siteEntry(dist, name));
  const whole = new ZipWriter(join(directory, year.name));
  for (const part of parts) {
    const own = new ZipWriter(join(directory, part.name));
    // a department's folder holds all its disclosures of the year, 预算 and 决算 alike
    for (const folder of new Set(part.disclosures.map(folderOf))) {
      for (const name of filesUnder(dist, folder).sort()) {
        const entry = siteEntry(dist, name);
        own.add(entry);
        whole.add(entry);
      }
    }
    own.close(part, style, shared);
  }
  whole.close(year, style, shared);
}
