// Entry of the reader thread (started by read-ahead.ts): reads the files it is given, in order, and
// posts their outcomes in small groups, never more than the reader's lead ahead of what the other
// thread has taken.
import { parentPort, workerData } from "node:worker_threads";
import { readArticles } from "./read-articles.js";
import type { AheadOutcome, ReaderData, ReaderMessage, ReaderCredit, ReaderStart } from "./read-ahead.js";
import type { Article } from "../types.js";

if (!parentPort) throw new Error("src/read/read-worker.ts runs as a worker thread (see read-ahead.ts)");
const port = parentPort;
const { prepare } = workerData as ReaderData;

// The first message says what to read (it may come while `prepare` loads); credits follow.
let start: ReaderStart | undefined;
let taken = 0;
let wake: (() => void) | undefined;
port.on("message", (m: ReaderStart | ReaderCredit) => {
  if ("files" in m) start = m;
  else taken = m.taken;
  wake?.();
});

// Loaded before the first file is read: whatever it loads is ready when the first article is.
const prepareArticle = prepare
  ? ((await import(prepare)) as { prepare(article: Article): unknown }).prepare
  : undefined;
while (!start) await new Promise<void>((resolve) => (wake = resolve));
const { files, lead, group } = start;

let sent = 0;
let batch: AheadOutcome<unknown>[] = [];
const flush = (): void => {
  if (!batch.length) return;
  port.postMessage({ outcomes: batch } satisfies ReaderMessage);
  sent += batch.length;
  batch = [];
};
for await (const outcome of readArticles(files)) {
  batch.push(
    prepareArticle && outcome.ok ? { ...outcome, prepared: prepareArticle(outcome.article) } : outcome,
  );
  // The first outcomes go at once (the other thread may be waiting for them), then in groups.
  if (batch.length >= group || sent < group) flush();
  while (sent - taken >= lead) await new Promise<void>((resolve) => (wake = resolve));
}
flush();
port.postMessage({ done: true } satisfies ReaderMessage);
// Nothing more to send: the thread ends (its listener for credits would keep it alive).
port.close();
