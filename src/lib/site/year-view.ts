import { dec } from "../disclosure/money.ts";
import { regionBudgets, regionTrees } from "./corpus.ts";
import { byAmount, LARGEST, type Digest } from "./digest.ts";
import { yearLead } from "./lead.ts";
import { regionTrend } from "./trend.ts";

/**
 * A year's page: its opening sentences; each region's disclosures (never summed with another
 * region's, whose classifications and templates differ), their chart over the years and their
 * treemaps; the year's largest projects. The route renders what this computes.
 */
export function yearView(all: readonly Digest[], year: number) {
  const ofYear = all.filter((d) => d.year === year);
  const spending = (d: Digest) => d.figures.expenditureTotal;
  const bySpending = (a: Digest, b: Digest) => dec(spending(b)).cmp(dec(spending(a))) || a.department.localeCompare(b.department, "zh-CN");
  const names = [...new Set(ofYear.map((d) => d.region))].sort((a, b) => a.localeCompare(b, "zh-CN"));
  return {
    ofYear,
    lead: yearLead(all, year),
    regions: names.map((region) => {
      const budgets = regionBudgets(all, year, region);
      const trees = regionTrees(budgets, year, region);
      return {
        region,
        disclosures: ofYear.filter((d) => d.region === region).sort(bySpending),
        budgets,
        // a chart of one block says nothing a sentence does not: a region of one department gets the sentence
        trees: trees.filter((tree) => tree.root.children.length > 1),
        single: trees.filter((tree) => tree.root.children.length <= 1),
        trend: regionTrend(all, year, region),
      };
    }),
    /** the largest projects across the year's disclosures, each in 万元 */
    projects: ofYear
      .flatMap((d) => d.largest.map((p) => ({ d, p, amount: p.amount, name: p.name })))
      .sort(byAmount)
      .slice(0, LARGEST),
  };
}
