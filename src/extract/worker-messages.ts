// The messages between the main thread and an extraction worker (src/extract/worker.ts, pool.ts).
// Both directions carry plain data only (strings, numbers, arrays, plain objects), so structured
// cloning copies them faithfully: an Article in, an ExtractOutcome (ArticleExtraction or error) out.
import type { Article } from "../types.js";
import type { ExtractOutcome } from "./index.js";

/** A group of articles to extract, in reading order; `id` pairs the answer with the request. */
export interface ExtractRequest {
  id: number;
  articles: Article[];
}

/** One outcome per article of the request, in the same order. */
export interface ExtractResponse {
  id: number;
  outcomes: ExtractOutcome[];
}
