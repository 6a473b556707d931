/** npm run bench, parsing: the seed (warm), and a synthetic corpus of 50 MB, five passes. */
import { parseText } from "../../src/lib/parse/index.ts";
import { synthesize } from "../lib/synth.ts";
import { median, progress, round } from "./measure.ts";

export interface ParseResult {
  seed: { bytes: number; medianMs: number; mbPerSecond: number };
  corpus: { disclosures: number; megabytes: number; passes: number; seconds: number; mbPerSecond: number; slowestPass: number; fastestPass: number; medianMsPerDisclosure: number };
}

// This machine's speed swings by a third from one second to the next (a shared VM), so one pass
// says little: the corpus is parsed five times and the median pass reported, with the range.
const PASSES = 5;

export function benchParse(seedPath: string, seedBytes: Buffer): ParseResult {
  progress("parse: the seed, 50 warm runs");
  for (let i = 0; i < 10; i++) parseText(seedBytes, seedPath);
  const seedMs = median(
    Array.from({ length: 50 }, () => {
      const started = performance.now();
      parseText(seedBytes, seedPath);
      return performance.now() - started;
    }),
  );

  progress("parse: generating a 50 MB synthetic corpus");
  const seedText = seedBytes.toString("utf-8");
  const corpus: Buffer[] = [];
  let corpusBytes = 0;
  for (let i = 0; corpusBytes < 50e6; i++) {
    const text = Buffer.from(synthesize(seedText, i, 7).text, "utf-8");
    corpus.push(text);
    corpusBytes += text.length;
  }
  progress(`parse: ${corpus.length} disclosures, ${(corpusBytes / 1e6).toFixed(1)} MB`);
  const perDisclosure: number[] = [];
  const passSeconds = Array.from({ length: PASSES }, (_, pass) => {
    const passStart = performance.now();
    corpus.forEach((bytes, i) => {
      const started = performance.now();
      parseText(bytes, `synth-${i}.txt`, { slug: `synth-${i}` });
      if (pass === 0) perDisclosure.push(performance.now() - started);
    });
    const seconds = (performance.now() - passStart) / 1000;
    progress(`parse: pass ${pass + 1} of ${PASSES}, ${seconds.toFixed(2)} s`);
    return seconds;
  });
  const rate = (seconds: number) => round(corpusBytes / 1e6 / seconds);
  const seconds = median(passSeconds);
  return {
    seed: { bytes: seedBytes.length, medianMs: round(seedMs, 2), mbPerSecond: round(seedBytes.length / 1e6 / (seedMs / 1000)) },
    corpus: {
      disclosures: corpus.length,
      megabytes: round(corpusBytes / 1e6),
      passes: PASSES,
      seconds: round(seconds, 2),
      mbPerSecond: rate(seconds),
      slowestPass: rate(Math.max(...passSeconds)),
      fastestPass: rate(Math.min(...passSeconds)),
      medianMsPerDisclosure: round(median(perDisclosure), 1),
    },
  };
}
