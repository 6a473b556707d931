import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { syncTurn } from "../../scripts/lib/sync-lock.ts";

describe("the lock Astro builds take while they sync their content into .astro/", () => {
  it("lets one build in at a time: the second waits until the first gives it back", async () => {
    const lock = join(mkdtempSync(join(tmpdir(), "mingzhang-lock-")), ".astro", "sync.lock");
    const order: string[] = [];
    const first = await syncTurn(lock);
    const second = syncTurn(lock).then((release) => {
      order.push("second in");
      return release;
    });
    await new Promise((done) => setTimeout(done, 200));
    order.push("first out");
    first();
    (await second)();
    expect(order).toEqual(["first out", "second in"]);
  });

  it("takes over a lock whose build died while holding it", async () => {
    const lock = join(mkdtempSync(join(tmpdir(), "mingzhang-lock-")), "sync.lock");
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf-8" });
    mkdirSync(lock);
    writeFileSync(join(lock, "pid"), dead.stdout.trim());
    const release = await syncTurn(lock);
    release();
    release();
  });
});
