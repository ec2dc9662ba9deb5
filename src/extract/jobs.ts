// How extraction is spread over threads: how many an input is worth, and the module that tokenises on
// the reader thread when one extracts. Apart from pool.ts so that a command can size its jobs (and
// print its help) without loading the extractor.
import { availableParallelism } from "node:os";
import type { PrepareModule } from "../read/index.js";
import type { PackedTokens } from "./packed-tokens.js";

/**
 * Input an extraction thread must have before another one pays for itself. A worker costs about a
 * second of CPU before its first article (its own modules, wink-nlp model and cold JIT), which a small
 * share of input does not repay: on 2 cores, 1.5 MB of news took 2.7 s on one thread and 3.8 s on two,
 * and 5.5 MB the same time on both (session 7).
 */
export const BYTES_PER_JOB = 4 * 1024 * 1024;

/**
 * The default of --jobs: one extraction thread per BYTES_PER_JOB of input, up to one per core the
 * process may use (with no size given, one per core).
 */
export function defaultJobs(inputBytes = Infinity): number {
  return Math.max(1, Math.min(availableParallelism(), 1 + Math.floor(inputBytes / BYTES_PER_JOB)));
}

/** Does the reader thread tokenise for the extraction (one job), or do workers tokenise their own? */
export const tokenisesAhead = (jobs: number): boolean => jobs === 1;

/**
 * The module the reader thread runs to tokenise ahead of one extracting thread (tokenise-ahead.ts); an
 * article it cannot tokenise comes without tokens.
 */
export const TOKENISE_AHEAD: PrepareModule<PackedTokens | undefined> = {
  url: new URL("./tokenise-ahead.ts", import.meta.url),
};
