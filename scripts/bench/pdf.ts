/** npm run bench, PDFs: every PDF in seeds/, read and parsed, with the peak memory of doing so. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { filesUnder } from "../../src/lib/files.ts";
import { progress, round } from "./measure.ts";

export interface PdfResult {
  files: number;
  pages: number;
  readPagesPerSecond: number;
  parsePagesPerSecond: number;
  peakMemoryMB: number;
}

export function benchPdf(): PdfResult {
  progress("pdf: reading every PDF in seeds/, 3 passes");
  const pdfs = filesUnder("seeds").filter((f) => f.endsWith(".pdf")).map((f) => join("seeds", f)).sort();
  const run = spawnSync("/usr/bin/time", ["-f", "peak-kb %M", process.execPath, "scripts/bench/read-pdfs.ts", ...pdfs], { encoding: "utf-8" });
  if (run.status !== 0) throw new Error(`pdf bench failed:\n${run.stderr.slice(-3000)}`);
  const read = JSON.parse(run.stdout) as { files: number; pages: number; readSeconds: number; parseSeconds: number };
  const result = {
    files: read.files,
    pages: read.pages,
    readPagesPerSecond: round(read.pages / read.readSeconds),
    parsePagesPerSecond: round(read.pages / read.parseSeconds),
    peakMemoryMB: round(Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024),
  };
  progress(`pdf: ${result.pages} pages of ${result.files} files, read at ${result.readPagesPerSecond} pages/s, parsed at ${result.parsePagesPerSecond} pages/s, peak ${result.peakMemoryMB} MB`);
  return result;
}
