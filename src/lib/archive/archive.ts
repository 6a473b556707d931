import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import type { Disclosure } from "../disclosure/schema.ts";
import { kindName } from "../disclosure/schema.ts";
import { TERMS } from "../site/downloads.ts";
import { archiveName, baseOf } from "../site/paths.ts";
import type { Cached } from "./cache.ts";
import { ZipFile, type ZipEntry } from "./zip.ts";

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
 * holds them. A department's archive holds all it published that year (预算 and 决算, 部门 and
 * 单位 alike), as its folder does.
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

/** The archive's front page: what it holds, how to open and verify it; the site's own stylesheet. */
function cover(archive: Archive): string {
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
<link rel="stylesheet" href="site.css">
</head>
<body>
<main id="main">
<h1>${escape(archive.title)}</h1>
<p class="source">明账离线存档：双击打开即可阅读，无需联网。金额单位以各页所注为准。</p>
<ul>
${rows}
</ul>
<form class="search-box" role="search" action="search/index.html" method="get"><label for="site-q">搜索本存档</label> <input id="site-q" name="q" type="search" placeholder="项目、指标、编码…"> <button type="submit">搜索</button></form>
<p><a href="guides/index.html">怎样读懂部门预决算</a> · <a href="search/index.html">搜索</a> · <a href="README.txt">关于本存档</a> · <a href="SHA256SUMS">文件校验值</a></p>
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
    "每份公开包括原文的每张表、文字说明、项目及其绩效指标（原文列有时）、支出图解、核对结果，",
    "以及数据下载：完整数据（JSON）、各表 CSV、原文。表中金额与原文相同，单位同原表；摘要换算为万元。",
    "",
    "打开",
    "双击 index.html，用任何浏览器阅读，无需联网，无需安装。",
    "搜索：在首页或任一页面顶部的搜索框输入，或打开 search/index.html。离线也能搜索本存档中的",
    "全部项目、表格、绩效目标和指南（需要浏览器运行 JavaScript）。",
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
    "使用",
    TERMS.text,
    "",
  ].join("\n");
}

/** A file as an archive holds it: deflated once, however many archives it goes into. */
export interface Entry extends ZipEntry {
  sha256: string;
}

/**
 * Deflated by Node's zlib, at level 6 (level 9 took 1.6 times as long for archives 1% smaller).
 * It deflates three times as fast as fflate did in JavaScript, but its matches depend on the CPU:
 * it hashes with the CPU's CRC32C instruction where there is one (x86-64 with SSE4.2 and PCLMUL,
 * ARMv8 with its CRC extension) and with zlib's own hash elsewhere. `deflatesAsEverywhere` tells
 * which this machine does, and the archive step says so when it is the rare other kind.
 */
export function entryOf(name: string, bytes: Uint8Array): Entry {
  return { name, crc: crc32(bytes), size: bytes.length, deflated: deflateRawSync(bytes, { level: 6 }), sha256: sha256Of(bytes) };
}

/**
 * Whether zlib here deflates as on a CPU with CRC32C, where the same seeds give the same zips byte
 * for byte: a fixed page, deflated, against the SHA-256 it has there.
 */
export function deflatesAsEverywhere(): boolean {
  const page = Buffer.from(Array.from({ length: 200 }, (_, i) => `<tr><th>项目 ${i}</th><td>${(i * 7919) % 1000}.${i % 100}</td><td>万元</td></tr>`).join("\n"), "utf-8");
  return sha256Of(deflateRawSync(page, { level: 6 })) === CRC32C_CANARY;
}
const CRC32C_CANARY = "3362d9661fbae3b153002cc9aaadd8bf9f294384ca9a0807aa2a83317e14a2bf";

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** What every archive holds besides its departments' folders: the guides and the search page. */
const SHARED = /^(?:guides|search)\//;

/**
 * A file of the site as archived. In its pages, the link to the archive itself becomes words, and
 * a link that leaves the department's folder (to another year, another department, the pages
 * across disclosures, the corpus downloads) keeps its text but loses its target: an archive holds
 * one department's year, and a link out of it would lead nowhere. Links to the guides, the search
 * page and the cover stay. Each file is changed the same way for every archive that holds it.
 */
export function archivedBytes(name: string, bytes: Buffer): Buffer {
  if (!name.endsWith(".html")) return bytes;
  // a department's page may lead within its folder; a shared page (guides, search) to any department's
  const folder = /^\d{4}\/[^/]+/.exec(name)?.[0];
  const from = posix.dirname(name);
  // Read as latin1, a character per byte: the patterns are ASCII, so they match as in the decoded
  // text, and every other byte is copied unchanged. Decoding and encoding UTF-8 took twice as long
  // as the rest on a 100-disclosure build.
  const html = bytes.toString("latin1");
  const archived = html
    .replace(/<a [^>]*data-archive-link[^>]*>[\s\S]*?<\/a>/g, THIS_ARCHIVE)
    .replace(/<a [^>]*?href="([^"#][^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (whole, href: string, text: string) => {
      if (/^[a-z]+:/i.test(href)) return whole;
      const target = resolveLink(from, href.split("#")[0] ?? "");
      const inside = (folder ? target.startsWith(`${folder}/`) : /^\d{4}\/[^/]+\//.test(target)) || SHARED.test(target) || target === "index.html";
      return inside ? whole : `${OUTSIDE}${text}</span>`;
    });
  return archived === html ? bytes : Buffer.from(archived, "latin1");
}

/** Text as the latin1 reading of its UTF-8 bytes, to stand in a page read that way. */
const asLatin1 = (text: string) => Buffer.from(text, "utf-8").toString("latin1");
const THIS_ARCHIVE = asLatin1("<span>（即本存档）</span>");
const OUTSIDE = asLatin1('<span class="outside" title="这个链接指向网站上的其他页面，不在本存档中">');

/**
 * Where a relative link from folder `from` leads, from the site root: posix.normalize(posix.join(from,
 * href)) for the links pages hold (tests/lib/archive/archived.test.ts checks them against each
 * other), without its checks and copies, which cost more than the rest of a page's rewriting.
 */
export function resolveLink(from: string, href: string): string {
  const parts = from === "." ? [] : from.split("/");
  for (const segment of href.split("/")) {
    if (segment === "..") {
      if (parts.length > 0 && parts.at(-1) !== "..") parts.pop();
      else parts.push("..");
    } else if (segment !== "." && segment !== "") parts.push(segment);
  }
  const path = parts.join("/");
  if (path === "") return href.endsWith("/") ? "./" : ".";
  return href.endsWith("/") ? `${path}/` : path;
}

/** A file of the site as archived; `cached` may hold it deflated already, which counts only if the site's bytes are the same. */
export function siteEntry(dist: string, name: string, cached?: ReadonlyMap<string, Cached>): Entry {
  const site = readFileSync(join(dist, name));
  const hit = cached?.get(name);
  return hit && hit.siteSha256 === sha256Of(site) ? hit : entryOf(name, archivedBytes(name, site));
}

/** A zip being written, with SHA256SUMS of every entry added last. */
export class ArchiveWriter {
  private readonly zip: ZipFile;
  private readonly sums: string[] = [];

  constructor(path: string) {
    this.zip = new ZipFile(path);
  }

  add(entry: Entry): void {
    this.sums.push(`${entry.sha256}  ${entry.name}`);
    this.zip.add(entry);
  }

  /**
   * The archive's own files after the disclosures' folders (whose names, starting with the year,
   * sort first): its cover, README and list of search parts, the files every archive holds, and
   * `later` (its disclosures' search parts); then SHA256SUMS. Returns the zip's SHA-256.
   */
  close(archive: Archive, manifest: string, shared: readonly Entry[], later: readonly Entry[]): string {
    const own = [
      entryOf("index.html", Buffer.from(cover(archive), "utf-8")),
      entryOf("README.txt", Buffer.from(readme(archive), "utf-8")),
      entryOf("search/offline/parts.js", Buffer.from(manifest, "utf-8")),
    ];
    for (const entry of [...own, ...shared, ...later].sort((a, b) => compare(a.name, b.name))) this.add(entry);
    this.add(entryOf("SHA256SUMS", Buffer.from(`${this.sums.join("\n")}\n`, "utf-8")));
    return this.zip.close();
  }
}

export { folderOf, compare };
