/**
 * Run by `npm run build` for the merge: the digest of every disclosure its plan lists (ENTRIES,
 * scripts/lib/shards.ts) into DIGESTS_DIR (src/lib/site/digest.ts), each taken from DIGEST_STORE where the same content
 * was digested by the same code (SITE_CODE) before. On a core of its own: the build goes on with
 * the units meanwhile.
 */
import { readFileSync } from "node:fs";
import { writeDigests, type Entry } from "./lib/shards.ts";

const { ENTRIES: list, DIGEST_STORE: store, DIGESTS_DIR: folder, SITE_CODE: code } = process.env;
if (!list || !store || !folder || !code) throw new Error("digests: ENTRIES, DIGEST_STORE, DIGESTS_DIR and SITE_CODE must be set");
const started = performance.now();
const entries = JSON.parse(readFileSync(list, "utf-8")) as Entry[];
const made = writeDigests(entries, code, store, folder);
console.log(`digests: ${entries.length} disclosures, ${made} digested, the others unchanged, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
