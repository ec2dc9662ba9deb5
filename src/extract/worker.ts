// Entry of an extraction worker thread (started by pool.ts): one extractor of its own, groups of
// articles in, their outcomes out. extractMany already turns an article's failure into its outcome,
// so a thrown error here means the worker itself is broken; the pool then reports its articles.
import { parentPort } from "node:worker_threads";
import { createExtractor } from "./index.js";
import type { ExtractRequest, ExtractResponse } from "./worker-messages.js";

if (!parentPort) throw new Error("src/extract/worker.ts runs as a worker thread (see pool.ts)");
const port = parentPort;
const extractor = createExtractor();

port.on("message", (req: ExtractRequest) => {
  const res: ExtractResponse = { id: req.id, outcomes: extractor.extractMany(req.articles) };
  port.postMessage(res);
});
