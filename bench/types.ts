/**
 * One figure a benchmark measured. `bench/run.ts` prints these as a table and
 * writes them all to bench/out/results.json.
 */
export interface BenchResult {
  /** What was measured, e.g. 'engine, 100,000 rows'. */
  name: string;
  /** The figure itself. */
  value: number;
  /** Its unit: 'rows/s', 's', 'MB', 'ratio', 'syncs', 'KB'... */
  unit: string;
  /** Other figures of the same run, shown after it (peak memory, baseline time...). */
  detail?: string;
  /** Set when the figure has a target: true when it meets it. */
  ok?: boolean;
}

/** What every bench/*.bench.ts module exports. */
export interface BenchModule {
  /** A short name, used to pick benches: `npm run bench -- engine`. */
  name: string;
  run(): Promise<BenchResult[]>;
}
