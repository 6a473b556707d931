import { tableByRole } from "../disclosure/access.ts";
import { kindName, type Disclosure } from "../disclosure/schema.ts";
import { departmentSeries } from "./corpus.ts";
import { missingCounterpart, pairingOf, threePublicExecution, unitPairOf } from "./execution.ts";
import { disclosureLead } from "./lead.ts";
import { overview } from "./overview.ts";

/** The tables an overview shows besides its totals: “三公”, 政府采购, 政府购买服务, as a heading names them. */
const EXTRAS = [
  { role: "three-public", name: "“三公”经费" },
  { role: "procurement", name: "政府采购" },
  { role: "purchased-services", name: "政府购买服务" },
] as const;

/**
 * A disclosure's overview page: its opening sentences (and the same as its search summary), its
 * figures, the tables it draws them from, and what the site holds beside it (its other years, its
 * 预算 or 决算, its 部门 or 单位 counterpart). The route renders what this computes.
 */
export function disclosureView(all: readonly Disclosure[], d: Disclosure) {
  const lead = disclosureLead(all, d);
  const extras = EXTRAS.map(({ role }) => tableByRole(d, role));
  const named = EXTRAS.filter((_, i) => extras[i] !== undefined).map((e) => e.name);
  return {
    o: overview(d),
    name: kindName(d),
    lead,
    /** the opening as one text: what a search result shows of the disclosure */
    summary: lead.map((parts) => parts.map((part) => part.text).join("")).join(""),
    summaryTable: tableByRole(d, "summary"),
    expenditure: tableByRole(d, "expenditure"),
    projectsTable: tableByRole(d, "projects"),
    overall: d.tables.find((t) => t.shape === "overall"),
    extras,
    /** 三公经费、政府采购与政府购买服务 */
    extrasTitle: named.length > 1 ? `${named.slice(0, -1).join("、")}与${named.at(-1)}` : (named[0] ?? ""),
    converted: d.tables.some((t) => t.unit === "元"),
    pairing: pairingOf(all, d),
    missing: missingCounterpart(all, d),
    threeExecution: d.kind === "final" ? threePublicExecution(d) : [],
    unitPair: unitPairOf(all, d),
    series: departmentSeries(all).get(d.slug) ?? [d],
  };
}
