import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTemporaryDirs, temporaryDir } from "../tmp.ts";

afterAll(removeTemporaryDirs);

const WORKFLOW = ".github/workflows/build.yml";

/** action-validator (from npm): the workflow against GitHub's published schema. */
const validate = (file: string) => spawnSync("node_modules/.bin/action-validator", [file], { encoding: "utf-8" });

describe("the GitHub Actions workflow", () => {
  it("is valid by GitHub's schema for workflows", () => {
    const run = validate(WORKFLOW);
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it("would be refused if it were not (the validator is no rubber stamp)", () => {
    const broken = join(temporaryDir("workflow-"), "build.yml");
    writeFileSync(broken, readFileSync(WORKFLOW, "utf-8").replace("runs-on: ubuntu-latest", "run-on: ubuntu-latest"));
    expect(validate(broken).status).not.toBe(0);
  });

  it("runs the README's two commands: a shard per job of its matrix, then the merge of them all", () => {
    const text = readFileSync(WORKFLOW, "utf-8");
    expect(text).toContain("npm run build -- --shard ${{ matrix.shard }}/${{ strategy.job-total }} shards/${{ matrix.shard }}");
    expect(text).toContain("npm run build -- --merge shards/*");
    const readme = readFileSync("README.md", "utf-8");
    expect(readme).toContain("npm run build -- --shard");
    expect(readme).toContain("npm run build -- --merge");
  });
});
