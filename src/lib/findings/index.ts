import type { Check, Disclosure } from "../disclosure/schema.ts";
import type { TableKey } from "../disclosure/tables.ts";
import type { TableDef, Template } from "../templates/types.ts";
import { completenessChecks } from "./completeness.ts";
import { narrativeChecks } from "./narrative.ts";
import { tableChecks } from "./tables.ts";

/** The definitions a model's tables were read by, where the parse did not keep them: each table's role's and shape's. */
function defsOf(model: Omit<Disclosure, "checks">, template: Template): Map<TableKey, TableDef> {
  return new Map(model.tables.flatMap((t) => {
    const def = template.tables.find((d) => d.role === t.role && d.shape === t.shape);
    return def ? [[t.key, def] as const] : [];
  }));
}

/**
 * Every reconciliation the disclosure allows: within each table as its definition says, then across
 * tables. `defs` are the definitions the tables were read by, by key.
 */
export function runChecks(model: Omit<Disclosure, "checks">, template: Template, defs: ReadonlyMap<TableKey, TableDef> = defsOf(model, template)): Check[] {
  const checks = [
    ...model.tables.flatMap((t) => {
      const def = defs.get(t.key);
      return def ? tableChecks(t, def, model.projects) : [];
    }),
    ...template.crossChecks({ tables: model.tables, front: [] }),
    ...narrativeChecks(model, template),
    ...completenessChecks(model),
  ];
  // a check's id is its anchor and its key in the downloads: two alike would be a bug of ours
  const ids = new Set<string>();
  for (const check of checks) {
    if (ids.has(check.id)) throw new Error(`check ${check.id} is made twice (template ${template.id})`);
    ids.add(check.id);
  }
  return checks;
}
