/**
 * Run by `npm run build` for the merge: the digest of every disclosure in CONTENT_DIR
 * (src/lib/site/digest.ts) into DIGESTS_DIR, each taken from DIGEST_STORE where the same content
 * was digested by the same code (SITE_CODE) before. On a core of its own: the build goes on with
 * the units meanwhile.
 */
import { CONTENT_DIR } from "../src/lib/content.ts";
import { entriesOf, writeDigests } from "./lib/shards.ts";

const { DIGEST_STORE: store, DIGESTS_DIR: folder, SITE_CODE: code } = process.env;
if (!store || !folder || !code) throw new Error("digests: DIGEST_STORE, DIGESTS_DIR and SITE_CODE must be set");
const started = performance.now();
const entries = entriesOf(CONTENT_DIR);
const made = writeDigests(entries, code, store, folder);
console.log(`digests: ${entries.length} disclosures, ${made} digested, the others unchanged, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
