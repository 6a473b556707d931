import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { temporaryDir } from "../../tmp.ts";
import { appendToCache, cachedEntryOf, CacheWriter, readCache } from "../../../src/lib/archive/cache.ts";
import { archivedBytes, deflatesAsEverywhere, entryOf, sha256Of, siteEntry } from "../../../src/lib/archive/archive.ts";
import { ZipFile } from "../../../src/lib/archive/zip.ts";

const work = () => temporaryDir("mingzhang-zip-");

describe("the zip writer", () => {
  it("writes entries that unzip to the same bytes, dated 2000-01-01, with the zip's SHA-256", () => {
    const path = join(work(), "a.zip");
    const zip = new ZipFile(path);
    const files = { "2026/x/index.html": "<p>京通</p>".repeat(100), "README.txt": "明账\n", "guides/说明.txt": "" };
    for (const [name, text] of Object.entries(files)) zip.add(entryOf(name, Buffer.from(text)));
    const sha = zip.close();
    const unzipped = unzipSync(readFileSync(path));
    expect(Object.fromEntries(Object.entries(unzipped).map(([name, bytes]) => [name, Buffer.from(bytes).toString()]))).toEqual(files);
    expect(spawnSync("sha256sum", [path], { encoding: "utf-8" }).stdout.split(" ")[0]).toBe(sha);
    const listing = spawnSync("unzip", ["-l", path], { encoding: "utf-8" }).stdout;
    expect(listing).toContain("2000-01-01 00:00");
  });

  it("deflates as zlib does on CPUs with CRC32C, so that these zips are the ones other machines make", () => {
    // where this fails, the machine's CPU lacks the instruction: its zips are valid but not byte-identical to others'
    expect(deflatesAsEverywhere()).toBe(true);
  });

  it("writes Zip64 end records past 65,535 entries, which unzip tools read", () => {
    const path = join(work(), "many.zip");
    const zip = new ZipFile(path);
    const empty = entryOf("x", Buffer.alloc(0));
    for (let i = 0; i < 70_000; i++) zip.add({ ...empty, name: `f/${i}.txt` });
    zip.close();
    expect(Object.keys(unzipSync(readFileSync(path)))).toHaveLength(70_000);
    const python = spawnSync("python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(len(z.infolist()), z.testzip())", path], { encoding: "utf-8" });
    if (python.status === 0) expect(python.stdout.trim()).toBe("70000 None");
  });
});

describe("the archive cache", () => {
  it("gives back what was put in, and stops at a record cut short", () => {
    const dir = work();
    const file = join(dir, "2026-x.bin");
    const a = cachedEntryOf("2026/x/a.html", Buffer.from('<a href="../../2025/x/index.html">去年</a>'.repeat(50)));
    const b = cachedEntryOf("2026/x/b.csv", Buffer.from("1,2\n"));
    appendToCache(file, a);
    appendToCache(file, b);
    expect(readCache(file)).toEqual(new Map([[a.name, { ...a, deflated: expect.anything() }], [b.name, { ...b, deflated: expect.anything() }]]));
    expect(Buffer.from(readCache(file).get(b.name)!.deflated).equals(Buffer.from(b.deflated))).toBe(true);
    writeFileSync(file, readFileSync(file).subarray(0, -3));
    expect([...readCache(file).keys()]).toEqual([a.name]);
    expect(readCache(join(dir, "none.bin")).size).toBe(0);
  });

  it("appends to many files in turn with a few of them open", () => {
    const dir = work();
    const writer = new CacheWriter(2);
    const entries = Array.from({ length: 12 }, (_, i) => cachedEntryOf(`2026/d${i % 3}/${i}.html`, Buffer.from(`页 ${i}`)));
    for (const entry of entries) writer.append(join(dir, `${entry.name.split("/")[1]}.bin`), entry);
    writer.close();
    for (const d of [0, 1, 2]) expect([...readCache(join(dir, `d${d}.bin`)).keys()]).toEqual(entries.filter((_, i) => i % 3 === d).map((e) => e.name));
  });

  it("is used only for a file whose bytes are those it deflated", () => {
    const dist = work();
    writeFileSync(join(dist, "page.html"), "<p>新</p>");
    const stale = cachedEntryOf("page.html", Buffer.from("<p>旧</p>"));
    const fresh = siteEntry(dist, "page.html", new Map([["page.html", stale]]));
    expect(fresh.sha256).not.toBe(stale.sha256);
    expect(unzipSync(zipOf(fresh))["page.html"]).toEqual(new Uint8Array(Buffer.from("<p>新</p>")));
    const same = cachedEntryOf("page.html", Buffer.from("<p>新</p>"));
    expect(siteEntry(dist, "page.html", new Map([["page.html", same]]))).toBe(same);
  });

  it("holds a page as its archive does, and knows it by the page as the site holds it", () => {
    const dist = work();
    const name = "2026/x/index.html";
    const site = Buffer.from('<a href="../../2025/x/index.html">去年</a>');
    mkdirSync(join(dist, "2026", "x"), { recursive: true });
    writeFileSync(join(dist, name), site);
    const cached = cachedEntryOf(name, site);
    expect(cached).toMatchObject({ ...entryOf(name, archivedBytes(name, site)), siteSha256: sha256Of(site) });
    expect(cached.sha256).not.toBe(cached.siteSha256);
    expect(siteEntry(dist, name, new Map([[name, cached]]))).toBe(cached);
    expect(siteEntry(dist, name)).toMatchObject({ sha256: cached.sha256, size: cached.size, crc: cached.crc });
  });

});

function zipOf(entry: ReturnType<typeof entryOf>): Uint8Array {
  const path = join(work(), "one.zip");
  const zip = new ZipFile(path);
  zip.add(entry);
  zip.close();
  return readFileSync(path);
}
