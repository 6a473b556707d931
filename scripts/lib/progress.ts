/**
 * What a person watching a build sees: each step's progress (a bar rewritten in place on a
 * terminal, a line now and then in CI), each kind of warning once, and a line at the end. The whole
 * output of every step goes to the build's log instead (scripts/build.ts).
 */

/** A line without its colour codes, as a log file keeps it. */
export const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "");

/** How often a terminal's progress line is redrawn, and a CI log's written, at most (ms). */
const REDRAW = 100;
const CI_EVERY = 15_000;

/** One step's progress: done of total where the total is known, elapsed, and an estimate of what is left. */
export class Progress {
  #label = "";
  #total: number | undefined;
  #done = 0;
  #started = 0;
  /** when the first unit was done: what is left is told by the pace since, not by the time it took to begin */
  #first = 0;
  #drawn = 0;
  #visible = false;
  #lastTenth = 0;
  readonly tty: boolean;
  readonly write: (text: string) => void;

  constructor(tty: boolean, write: (text: string) => void = (text) => process.stdout.write(text)) {
    this.tty = tty;
    this.write = write;
  }

  start(label: string, total?: number): void {
    this.#label = label;
    this.#total = total;
    this.#done = 0;
    this.#started = this.#drawn = performance.now();
    this.#first = 0;
    this.#lastTenth = 0;
    this.#draw(true);
  }

  tick(n = 1): void {
    if (this.#done === 0 && n > 0) this.#first = performance.now();
    this.#done += n;
    this.#draw(false);
  }

  /** Takes the progress line off a terminal, for a line of output to stand in its place. */
  clear(): void {
    if (!this.#visible) return;
    this.write("\r\x1b[K");
    this.#visible = false;
  }

  done(): void {
    this.clear();
    this.#label = "";
  }

  /** 生成页面：1,234/2,345 [#########-----------] · 12.3 s · 约剩 10 s */
  line(now = performance.now()): string {
    const seconds = (now - this.#started) / 1000;
    const total = this.#total;
    const share = total ? Math.min(1, this.#done / total) : undefined;
    const bar = share === undefined ? "" : ` [${"#".repeat(Math.round(share * 20)).padEnd(20, "-")}]`;
    const pace = this.#first ? (now - this.#first) / 1000 / this.#done : 0;
    const left = total && share && share > 0.05 && share < 1 ? ` · 约剩 ${Math.round(pace * (total - this.#done))} s` : "";
    const count = this.#done > 0 ? `：${this.#done.toLocaleString("en-US")}${total ? `/${total.toLocaleString("en-US")}` : ""}` : "";
    return `${this.#label}${count}${bar} · ${seconds.toFixed(1)} s${left}`;
  }

  #draw(first: boolean): void {
    if (!this.#label) return;
    const now = performance.now();
    if (this.tty) {
      if (!first && now - this.#drawn < REDRAW) return;
      this.#drawn = now;
      this.write(`\r\x1b[K${this.line(now)}`);
      this.#visible = true;
      return;
    }
    // in CI, a line at each tenth of a known total, or now and then
    const tenth = this.#total ? Math.floor((this.#done / this.#total) * 10) : 0;
    if (this.#total ? tenth > this.#lastTenth && tenth < 10 : now - this.#drawn >= CI_EVERY) {
      this.#lastTenth = tenth;
      this.#drawn = now;
      this.write(`${this.line(now)}\n`);
    }
  }
}

/** Warnings in a step's output (Astro's and Vite's [WARN] lines): each kind said once, how often it came at the end. */
export class Warnings {
  readonly #seen = new Map<string, { text: string; count: number }>();
  readonly say: (line: string) => void;

  constructor(say: (line: string) => void) {
    this.say = say;
  }

  /** A kind is the warning with its files and quoted names taken out: one warning about each of ten guides is one kind. */
  read(line: string): void {
    const warning = /\[WARN\]\s*(.*)$/.exec(plain(line))?.[1]?.trim();
    if (!warning) return;
    const kind = warning.replace(/"[^"]*"/g, '"…"').replace(/\S+\.(?:mdx?|astro|[cm]?[jt]s)\b\S*/g, "…");
    const seen = this.#seen.get(kind);
    if (seen) seen.count++;
    else {
      this.#seen.set(kind, { text: warning, count: 1 });
      this.say(`警告：${warning}`);
    }
  }

  summarize(log: string): void {
    for (const { text, count } of this.#seen.values()) if (count > 1) this.say(`（同类警告共 ${count} 次，如“${text.slice(0, 40)}…”，全部见 ${log}）`);
  }
}
