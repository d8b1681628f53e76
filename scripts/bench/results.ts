/**
 * The bench's measures: each with its unit and, when the issue sets one, its budget. They are
 * printed with the change against the previous run and written to `.bench/last.json` (git-ignored:
 * timings belong to the machine that took them; the README states the figures of record).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export interface Measure {
  name: string;
  value: number;
  unit: string;
  /** The value must not exceed it; no budget means "reported, not judged". */
  budget?: number;
}

interface Run {
  at: string;
  measures: Measure[];
}

export const resultsFile = process.env.BENCH_RESULTS ?? ".bench/last.json";

export class Results {
  readonly measures: Measure[] = [];

  add(name: string, value: number, unit: string, budget?: number): void {
    this.measures.push({ name, value, unit, budget });
  }
}

function previousRun(): Run | undefined {
  if (!existsSync(resultsFile)) return undefined;
  try {
    return JSON.parse(readFileSync(resultsFile, "utf8")) as Run;
  } catch {
    return undefined;
  }
}

function change(value: number, before: number | undefined): string {
  if (before === undefined) return "new";
  const delta = value - before;
  if (before === 0) return delta === 0 ? "=" : `${delta > 0 ? "+" : ""}${delta.toFixed(1)}`;
  const percent = (delta / Math.abs(before)) * 100;
  if (Math.abs(percent) < 0.5) return "=";
  return `${percent > 0 ? "+" : ""}${percent.toFixed(0)}%`;
}

/** Prints the table, writes the run, and returns how many budgets were missed. */
export function report(results: Results): number {
  const before = new Map(previousRun()?.measures.map((measure) => [measure.name, measure.value]));
  let missed = 0;
  console.log(`\n${"measure".padEnd(54)} ${"value".padStart(10)}       budget    vs last run`);
  for (const { name, value, unit, budget } of results.measures) {
    const over = budget !== undefined && value > budget;
    if (over) missed += 1;
    const limit = budget === undefined ? "" : `≤ ${budget}`;
    const digits = Number.isInteger(value) ? 0 : value >= 100 ? 0 : 1;
    console.log(
      `${name.padEnd(54)} ${value.toFixed(digits).padStart(10)} ${unit.padEnd(5)} ${limit.padEnd(9)} ${change(value, before.get(name)).padStart(6)}${over ? "  MISSED" : ""}`,
    );
  }
  mkdirSync(dirname(resultsFile), { recursive: true });
  const run: Run = { at: new Date().toISOString(), measures: results.measures };
  writeFileSync(resultsFile, `${JSON.stringify(run, null, 2)}\n`);
  console.log(
    `\nWritten to ${resultsFile}; ${missed === 0 ? "every budget met" : `${missed} budget(s) missed`}.`,
  );
  return missed;
}

/** Median of samples; 0 when there are none. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
