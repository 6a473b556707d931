import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { ParseError, ParseFailure } from "./errors.ts";

/** seeds/<name>.meta.json: how the site names the department, and where the source was published. */
export const manifest = z
  .object({
    /** the department in URLs: lowercase ASCII letters, digits, hyphens; stable across years */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "应为小写字母、数字和连字符，如 bj-zwfw-sjglj").optional(),
    /** the official address of the published file */
    url: z.url("应为网址，如 https://…").optional(),
    /** who published it */
    publisher: z.string().min(1).optional(),
    /** when, YYYY-MM-DD */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "应为日期，如 2026-02-01").optional(),
    /** for a 情况说明 published apart from its tables: the file of the tables it belongs with (else found by department and year) */
    partOf: z.string().min(1).optional(),
  })
  .strict();
export type Manifest = z.infer<typeof manifest>;

/** The manifest beside a source file: <name>.meta.json for <name>.txt or <name>.pdf. */
export function manifestPath(source: string): string {
  return source.replace(/\.(txt|pdf)$/i, "") + ".meta.json";
}

/** Reads a manifest, if there is one; a bad one stops with its file and line, and what is wrong. */
export function readManifest(source: string): Manifest {
  const path = manifestPath(source);
  if (!existsSync(path)) return {};
  const text = readFileSync(path, "utf-8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ParseFailure([new ParseError(path, { line: lineOfError(text, message) }, "manifest", `不是有效的 JSON：${message}`)]);
  }
  const result = manifest.safeParse(json);
  if (result.success) return result.data;
  throw new ParseFailure(
    result.error.issues
      .map((issue) => {
        const key = issue.path.join(".");
        const named = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path[0];
        const where = named === undefined ? 1 : lineOfKey(text, String(named));
        const detail = issue.code === "unrecognized_keys" ? `未知的字段 ${issue.keys.map((k) => `“${k}”`).join("、")}；可用的字段：slug、url、publisher、published、partOf` : `“${key}”${issue.message.startsWith("应为") ? issue.message : `应为${issue.code === "invalid_type" ? "字符串" : "有效的值"}（${issue.message}）`}`;
        return new ParseError(path, { line: where }, "manifest", detail);
      })
      .sort((a, b) => a.line - b.line),
  );
}

/** The line of a JSON syntax error: Node names it, or gives the position. */
function lineOfError(text: string, message: string): number {
  const line = /line (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  return position ? text.slice(0, Number(position)).split("\n").length : 1;
}

function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : text.slice(0, at).split("\n").length;
}
