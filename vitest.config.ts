import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Three projects: `unit` (the library and the scripts, on fixtures: `npm run test:unit`), `site`
 * (over the built dist/) and `browser` (Chromium, and builds of their own). `npm test` runs all.
 */
export default defineConfig({
  test: {
    // every core: vitest leaves one idle by default, which on a 2-core machine runs the files one by one
    maxWorkers: availableParallelism(),
    projects: [
      { test: { name: "unit", include: ["tests/*.test.ts", "tests/lib/**/*.test.ts", "tests/scripts/**/*.test.ts"], setupFiles: ["tests/setup.ts"], isolate: false } },
      { test: { name: "site", include: ["tests/site/**/*.test.ts"], setupFiles: ["tests/setup.ts"] } },
      { test: { name: "browser", include: ["tests/e2e/**/*.test.ts"], setupFiles: ["tests/setup.ts"] } },
    ],
  },
});
