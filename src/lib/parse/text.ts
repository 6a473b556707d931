import type { TextBlock } from "../disclosure/tables.ts";

const SPACE = /\s/;

/** Whitespace is a PDF artefact in labels and codes: "合 计" is 合计, "50 201" is 50201. */
export function compact(text: string): string {
  // most cells have none, and a test allocates nothing where a replace would
  return SPACE.test(text) ? text.replace(/\s+/g, "") : text;
}

/**
 * A printed label as the definitions name it: no whitespace, full-width brackets and colons as
 * ASCII ones, no trailing colon: "其中：" is 其中, "因公出国（境）费" is 因公出国(境)费.
 */
const LABEL_NOISE = /[\s（）()“”":：]/;

export function normalizeLabel(text: string): string {
  // every body row's label is normalized: most have nothing to change, and a test spares four replaces
  if (!LABEL_NOISE.test(text)) return text;
  return compact(text)
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/[“”"]/g, "\"")
    .replace(/[:：]$/, "");
}

/** Han characters, CJK and full-width punctuation: the text a PDF line-wrap can split. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》—…·×]/u;
const LATIN = /[A-Za-z]/;

/**
 * Undoes the spaces a PDF inserts where a narrow cell wrapped: "二类 培训服务" → "二类培训服务".
 * A space goes when it touches a CJK character and no Latin letter, so "京通 APP" and
 * "Open Data" keep theirs.
 */
export function unwrap(text: string): string {
  if (!/\s/.test(text)) return text;
  return text.trim().replace(/\s+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + space.length] ?? "";
    const touchesWide = WIDE.test(before) || WIDE.test(after);
    const touchesLatin = LATIN.test(before) || LATIN.test(after);
    return touchesWide && !touchesLatin ? "" : " ";
  });
}

/**
 * Tags the goal texts use for structure; anything else is shown as the text it is. Every repeat
 * is bounded, so a "<" followed by megabytes of spaces costs linear time, not quadratic: a tag
 * that long is no tag, and stays text.
 */
const TAG = /<\s{0,16}(\/?)\s{0,16}([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,1000}>/g;
const STRUCTURE = new Set(["p", "div", "ol", "ul", "li", "br"]);
const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function tidy(text: string): string {
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

/**
 * A goal text, with its HTML fragments, as paragraphs and lists. Nothing of the source is ever
 * injected: recognised tags become structure, every other character stays text. A list whose
 * items lost their <li> (as 预算13表's does) is split after each sentence end.
 */
export function toBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph = "";
  let list: { items: string[]; explicit: boolean; current: string } | undefined;

  const flushParagraph = () => {
    const text = tidy(paragraph);
    if (text) blocks.push({ kind: "paragraph", text });
    paragraph = "";
  };
  const flushItem = () => {
    if (!list) return;
    const text = tidy(list.current);
    if (text) list.items.push(text);
    list.current = "";
  };
  const closeList = () => {
    if (!list) return;
    flushItem();
    const items = list.explicit ? list.items : list.items.flatMap((item) => item.split(/(?<=[。！？；])\s+/));
    if (items.length > 0) blocks.push({ kind: "list", items });
    list = undefined;
  };
  const append = (text: string) => {
    if (list) list.current += text;
    else paragraph += text;
  };

  let last = 0;
  for (const match of source.matchAll(TAG)) {
    append(source.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[1] === "/";
    const name = (match[2] ?? "").toLowerCase();
    if (!STRUCTURE.has(name)) {
      append(match[0]);
    } else if (name === "ol" || name === "ul") {
      if (closing) closeList();
      else {
        closeList();
        flushParagraph();
        list = { items: [], explicit: false, current: "" };
      }
    } else if (name === "li" && list) {
      list.explicit = true;
      flushItem();
    } else if (list && (list.explicit || name === "br")) {
      flushItem();
    } else {
      // A paragraph after an <ol> that never had <li> nor </ol> ends that list.
      closeList();
      flushParagraph();
    }
  }
  append(source.slice(last));
  closeList();
  flushParagraph();
  return blocks;
}

/** Full-width and variant comparison signs as the model writes them: ＝ is =, ≧ is ≥ (a PDF prints either). */
const SIGNS: Readonly<Record<string, string>> = { "＝": "=", "＞": ">", "＜": "<", "≧": "≥", "≦": "≤", "＞＝": "≥", "＜＝": "≤", ">=": "≥", "<=": "≤" };

/** A 绩效指标性质 cell as the model writes it: whitespace removed, full-width signs folded. */
export function operatorOf(text: string): string {
  const sign = compact(text);
  return SIGNS[sign] ?? sign;
}
