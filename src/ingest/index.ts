export {
  ingest,
  IngestStopped,
  DEFAULT_BATCH_SIZE,
  type IngestOptions,
  type IngestSummary,
  type IngestFailure,
} from "./ingest.js";
export { storeCounts } from "./store-counts.js";
