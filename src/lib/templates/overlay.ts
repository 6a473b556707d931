import type { HeadingMatch, TableDef, Template } from "./types.ts";
import { tableNumber } from "./vocabulary.ts";

/**
 * What a region prints otherwise than the national set's vocabulary reads it: the tables it adds,
 * the parts of its text under headings of its own, the cover its identity is read from, the
 * sentences its text states figures in beyond the set's (national-figures.ts). The set's own tables
 * are read by the national vocabulary (vocabulary.ts), where a region's titles and headers are
 * words, not code.
 */
export type Overlay = Pick<Template, "id" | "name" | "recognise"> &
  Partial<Pick<Template, "narrative" | "front" | "contents" | "dividers" | "identify" | "narrativeFigures" | "crossChecks">> & {
    /** the tables it adds to the set, each found by its own titles */
    readonly tables?: readonly TableDef[];
  };

/** A region's template: the national one, with what the overlay names otherwise. */
export function overlay(base: Template, region: Overlay): Template {
  const added = region.tables ?? [];
  const heading = (text: string): HeadingMatch | undefined => {
    for (const def of added) {
      const found = def.titles.map((title) => title.exec(text)).find(Boolean);
      if (found) return { def, title: (found.groups?.title ?? text).trim(), label: tableNumber(text).label ?? def.label };
    }
    return base.heading?.(text);
  };
  // the set's sentences are every region's; a region's own words for a figure (by its id) stand in for the set's
  const own = new Set((region.narrativeFigures ?? []).map((figure) => figure.id));
  const narrativeFigures = [...(base.narrativeFigures ?? []).filter((figure) => !own.has(figure.id)), ...(region.narrativeFigures ?? [])];
  // the set's checks are every region's; a region's own compare the tables it adds
  const crossChecks: Template["crossChecks"] = (read) => [...base.crossChecks(read), ...(region.crossChecks?.(read) ?? [])];
  return { ...base, ...region, heading, tables: [...added, ...base.tables], narrativeFigures, crossChecks };
}
