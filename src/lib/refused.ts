import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { CONTENT_DIR } from "./content.ts";
import { ParseFailure } from "./parse/errors.ts";

/**
 * The files a build could not read, each with where and why: listed in the build's output and on a
 * page of the site, so a publisher of hundreds of files sees every one that is not published.
 */
export const refusal = z.object({
  /** the file's name in the seeds folder */
  file: z.string(),
  /** its problems, the first ones: where (页:行 or 行) and what was expected there */
  problems: z.array(z.object({ page: z.number().int().optional(), line: z.number().int().optional(), reason: z.string() })),
  /** how many problems past those listed */
  more: z.number().int().nonnegative(),
});
export type Refusal = z.infer<typeof refusal>;

/** Problems a refusal lists; the rest are counted. */
const SHOWN = 5;

/** The refusals beside the content folder (not in it: every file there is a disclosure). */
export const refusedFile = (contentDir = CONTENT_DIR) => `${contentDir.replace(/[/\\]+$/, "")}.refused.json`;

/** Why a file was not read: its parse's problems, or an error no parse should raise, told as one. */
export function refusalOf(path: string, error: unknown): Refusal {
  const file = basename(path);
  if (error instanceof ParseFailure) {
    const problems = error.errors.slice(0, SHOWN).map((e) => ({ ...(e.page !== undefined ? { page: e.page } : {}), line: e.line, reason: e.detail }));
    return { file, problems, more: error.errors.length - problems.length + error.more };
  }
  return { file, problems: [{ reason: `读取时出错：${error instanceof Error ? error.message : String(error)}` }], more: 0 };
}

/** A refusal as the build prints it, a line a problem: dir/file:page:line: reason. */
export function describeRefusal(r: Refusal, dir?: string): string[] {
  const file = dir === undefined ? r.file : join(dir, r.file);
  return [
    ...r.problems.map((p) => `${file}${p.page !== undefined ? `:${p.page}` : ""}${p.line !== undefined ? `:${p.line}` : ""}: ${p.reason}`),
    ...(r.more > 0 ? [`${file}: 另有 ${r.more} 处问题`] : []),
  ];
}

/** The refusals the content step wrote; none where it wrote no list. */
export function readRefused(contentDir = CONTENT_DIR): Refusal[] {
  const path = refusedFile(contentDir);
  return existsSync(path) ? z.array(refusal).parse(JSON.parse(readFileSync(path, "utf-8"))) : [];
}
