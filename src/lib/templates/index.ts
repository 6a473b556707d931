import type { DocLine } from "../source/document.ts";
import { beijing } from "./beijing.ts";
import { national } from "./national.ts";
import { shanghaiBudget } from "./shanghai-budget.ts";
import { shanghaiFinal } from "./shanghai-final.ts";
import type { Template } from "./types.ts";

/** Every template the parser knows, tried in this order. A new template is a new entry here. */
export const TEMPLATES: readonly Template[] = [beijing, shanghaiBudget, shanghaiFinal, national];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The template a document is of, from its own lines. */
export function recognise(lines: readonly DocLine[]): Template | undefined {
  return TEMPLATES.find((t) => t.recognise(lines));
}
