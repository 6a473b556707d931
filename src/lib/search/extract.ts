/**
 * What a search index keeps of a built page: the same parts Pagefind reads. Only pages with a
 * `data-pagefind-body` element are searchable; inside it, elements marked `data-pagefind-ignore`
 * are left out, `data-pagefind-filter`, `data-pagefind-meta` and `data-pagefind-sort` give the
 * page's filters, result metadata and sort keys, the first h1 is its title, and every element
 * with an id is an anchor a result can point to (`#i6`, an indicator's row).
 *
 * The pages are Astro's own output, so a small scanner reads them: no DOM is built, and a page
 * of 200 KB is read in about a millisecond.
 */

export interface PageRecord {
  /** the page's path from the site root, folder pages by their index.html: "2026/x/projects/110…/index.html" */
  url: string;
  title: string;
  /** the page's text as a reader sees it, whitespace folded to single spaces */
  text: string;
  filters: Record<string, string>;
  meta: Record<string, string>;
  sort: Record<string, string>;
  /** [id, text] of every element with an id, in page order */
  anchors: [string, string][];
}

/** Elements whose end starts a new word: their text is separated from the next by a space. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
  "td", "tfoot", "th", "thead", "tr", "ul",
]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Never text: their content is skipped whole. */
const RAW = new Set(["script", "style", "template", "noscript", "svg", "textarea"]);

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
    attributes.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attributes;
}

/** "类型:项目" → ["类型", "项目"] */
function pair(value: string): [string, string] | undefined {
  const at = value.indexOf(":");
  return at > 0 ? [value.slice(0, at).trim(), value.slice(at + 1).trim()] : undefined;
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();

interface Open {
  name: string;
  ignored: boolean;
  /** where this element's text starts (an index into the text's parts), for anchors and the title */
  start: number;
  id?: string;
  h1?: boolean;
}

/**
 * The record of one page, or undefined when the page has no `data-pagefind-body`. `url` is the
 * page's path from the site root.
 */
export function extractPage(html: string, url: string): PageRecord | undefined {
  const marker = html.indexOf(" data-pagefind-body");
  if (marker < 0) return undefined;
  const body = html.lastIndexOf("<", marker);
  const parts: string[] = [];
  const push = (text: string) => {
    parts.push(text);
  };
  const textFrom = (start: number) => parts.slice(start).join("");
  const filters: Record<string, string> = {};
  const meta: Record<string, string> = {};
  const sort: Record<string, string> = {};
  const anchors: [string, string][] = [];
  let title: string | undefined;
  const stack: Open[] = [];
  let ignored = 0;
  let at = body;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    const end = lt < 0 ? html.length : lt;
    if (end > at && ignored === 0 && stack.length > 0) push(decodeEntities(html.slice(at, end)));
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt);
    if (gt < 0) break;
    at = gt + 1;
    if (html[lt + 1] === "/") {
      const name = html.slice(lt + 2, gt).trim().toLowerCase();
      // close up to the matching element; stray closing tags are ignored
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]!.name !== name) depth--;
      if (depth < 0) continue;
      while (stack.length > depth) {
        const open = stack.pop()!;
        if (open.ignored) ignored--;
        else if (ignored === 0) {
          if (open.id !== undefined || open.h1) {
            const text = fold(textFrom(open.start));
            if (open.id !== undefined) anchors.push([open.id, text]);
            if (open.h1 && title === undefined) title = text;
          }
          if (BLOCK.has(open.name)) push(" ");
        }
      }
      if (stack.length === 0) break; // the end of the body
      continue;
    }
    if (html[lt + 1] === "!" || html[lt + 1] === "?") continue;
    const source = html.slice(lt + 1, html[gt - 1] === "/" ? gt - 1 : gt);
    const space = source.search(/[\s/]/);
    const name = (space < 0 ? source : source.slice(0, space)).toLowerCase();
    // only ids and Pagefind's attributes matter: most tags (class, scope, data-line) need no reading
    const attributes = space < 0 || (!source.includes("data-pagefind") && !source.includes("id=")) ? undefined : attributesOf(source.slice(space));
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, "ig");
      close.lastIndex = at;
      at = close.exec(html) ? close.lastIndex : html.length;
      continue;
    }
    if (ignored === 0 && attributes) {
      const filter = attributes.get("data-pagefind-filter");
      const m = attributes.get("data-pagefind-meta");
      const s = attributes.get("data-pagefind-sort");
      for (const [value, into] of [[filter, filters], [m, meta], [s, sort]] as const) {
        const kv = value === undefined ? undefined : pair(value);
        if (kv) into[kv[0]] = kv[1];
      }
    }
    if (name === "br" && ignored === 0) push(" ");
    if (VOID.has(name) || html[gt - 1] === "/") continue;
    const isIgnored = attributes?.has("data-pagefind-ignore") ?? false;
    const id = attributes?.get("id");
    stack.push({ name, ignored: isIgnored, start: parts.length, id: stack.length > 0 && id ? id : undefined, h1: name === "h1" });
    if (isIgnored) ignored++;
  }
  return { url, title: title ?? "", text: fold(parts.join("")), filters, meta, sort, anchors };
}
