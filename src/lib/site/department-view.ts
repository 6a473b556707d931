import type { Disclosure } from "../disclosure/schema.ts";
import { consecutive, mainRun, yearOverYear, type Change } from "./corpus.ts";
import { departmentLead } from "./lead.ts";
import { departmentTrend } from "./trend.ts";

/** What a change's row says of an item the later year has and the earlier not, or the other way. */
export const changeStatus = (c: Change) => (c.status === "new" ? "本年新增" : c.status === "gone" ? "本年没有" : "");

/**
 * A department's page: its opening sentences, its chart over its years, and each pair of
 * consecutive years of one kind compared (newest first). The route renders what this computes.
 */
export function departmentView(series: readonly Disclosure[]) {
  const run = mainRun(series);
  return {
    latest: series.at(-1)!,
    lead: departmentLead(series),
    run,
    trend: departmentTrend(run),
    comparisons: consecutive(series)
      .reverse()
      .map(([before, after]) => ({ before, after, id: `${after.year}-${after.kind}-${after.scope}`, ...yearOverYear(before, after) })),
  };
}
