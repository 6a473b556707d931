import { BASE } from "../site/dist.ts";

/** One page of each kind readers meet. */
export const KINDS = [
  ["home", "index.html"],
  ["overview", `${BASE}/index.html`],
  ["table", `${BASE}/tables/03/index.html`],
  ["empty table", `${BASE}/tables/07/index.html`],
  ["projects table", `${BASE}/tables/12/index.html`],
  ["project list", `${BASE}/projects/index.html`],
  ["project", `${BASE}/projects/11000026T000003719104/index.html`],
  ["performance", `${BASE}/performance/index.html`],
  ["treemaps", `${BASE}/treemap/index.html`],
  ["treemap node", `${BASE}/treemap/projects/2024/2024-T/index.html`],
  ["checks", `${BASE}/checks/index.html`],
  ["source", `${BASE}/source/index.html`],
  ["indicator signals", `${BASE}/indicators/index.html`],
  ["department", "departments/sh-putuo-wanli/index.html"],
  ["year", "2025/index.html"],
  ["downloads", `${BASE}/data/index.html`],
  ["guide", "guides/how-to-read/index.html"],
  ["search results", "search/index.html?q=%E6%94%BF%E5%8A%A1%E4%BA%91"],
] as const;
