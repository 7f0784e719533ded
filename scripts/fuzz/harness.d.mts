// Types for scripts/fuzz/harness.mjs, so test/fuzz/fuzz.test.ts type-checks against it.
export type Problem = [category: string, detail: string];
export interface CliRun {
  code: number | string | null;
  stdout: string;
  stderr: string;
}
export type Cli = (args: string[], cwd: string) => Promise<CliRun>;
export interface FuzzFailure {
  index: number;
  steps: string[];
  mutated: string;
  target: string;
  problems: Problem[];
  repro: string | null;
}
export interface FuzzResult {
  seed: number;
  cases: number;
  spawned: number;
  seconds: number;
  exitCodes: Record<string, Record<string, number>>;
  failures: FuzzFailure[];
  byCategory: Record<string, number[]>;
}
export interface FuzzOptions {
  seed: number;
  cases: number;
  only?: number | null;
  spawnEvery?: number;
  reproDir?: string | null;
  timeoutMs?: number;
  budgetMs?: number;
  /** false: per case json plus one other format in turn (faster); true: all four. */
  allFormats?: boolean;
  log?: (line: string) => void;
  program?: { run(argv: readonly string[], io: unknown): Promise<number> } | null;
  cli?: Cli | null;
}
export const ROOT: string;
export function rng(seed: number): { next(): number; int(n: number): number; pick<T>(list: readonly T[]): T; chance(p: number): boolean };
export function mutate(bytes: Buffer, r: ReturnType<typeof rng>): { bytes: Buffer; steps: string[] };
export function checkRun(run: CliRun, format: string): Problem[];
export function checkDocx(name: string, bytes: Uint8Array): Problem[];
export function runFuzz(options: FuzzOptions): Promise<FuzzResult>;
