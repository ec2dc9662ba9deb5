// `geokg extract <files…> --format json|jsonl`: extraction without a database, for inspection and
// for the scorer. jsonl prints one line per article; json prints the merged graph (graphology JSON).
// This module loads nothing of the extractor: the reader thread starts first, and the extractor's
// modules (extract-files.ts) load while it starts up and reads.
import { Command, Option } from "commander";
import { expandInputs, inputBytes, readArticlesAhead } from "../../read/index.js";
import { BYTES_PER_JOB, defaultJobs, TOKENISE_AHEAD, tokenisesAhead } from "../../extract/jobs.js";
import { parseJobs } from "../options.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Extract entities and relations from articles (no database) and print them")
    .argument("<files...>", "article files, folders or globs (txt, md, html, json, jsonl)")
    .addOption(new Option("--format <format>", "output format").choices(["json", "jsonl"]).default("jsonl"))
    .option(
      "--jobs <n>",
      `extraction threads (default: one per ${BYTES_PER_JOB / 2 ** 20} MB of input, up to the cores, ${defaultJobs()} here); the output is the same`,
      parseJobs,
    )
    .action(async (inputs: string[], opts: { format: "json" | "jsonl"; jobs?: number }) => {
      const files = await expandInputs(inputs);
      const jobs = opts.jobs ?? defaultJobs(inputBytes(files));
      // With one job the reader thread also tokenises (wink-nlp): the one part of the work that need
      // not wait for the article before it. Workers (more jobs) tokenise their own articles.
      const tokensGiven = tokenisesAhead(jobs);
      const articles = readArticlesAhead(files, tokensGiven ? { prepare: TOKENISE_AHEAD } : {});
      const { extractFiles } = await import("./extract-files.js");
      await extractFiles(articles, { jobs, tokensGiven, format: opts.format });
    });
}
