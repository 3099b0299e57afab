/**
 * The benchmark's shape: a list of sections, each its own module, run in order against the
 * edition and the Starlight peer served side by side. A section prints its table, records its
 * figures under its own key and adds the budgets it judges.
 */
import type { Browser } from '@playwright/test';
import type { Served } from './serve.ts';

/** A budget and whether this run kept it. */
export interface Check {
  budget: string;
  measured: string;
  ok: boolean;
}

/** What every section gets: the browser, both sites, and where to put what it found. */
export interface BenchContext {
  browser: Browser;
  edition: Served;
  peer: Served;
  /** Figures by section key, written to bench/results.json. */
  results: Record<string, unknown>;
  checks: Check[];
}

/** One part of the benchmark. */
export interface Section {
  key: string;
  title: string;
  run: (ctx: BenchContext) => Promise<void>;
}

/** Formatting shared by the sections. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number, peer: number) => (peer ? `${(value / peer).toFixed(2)}×` : '–');
