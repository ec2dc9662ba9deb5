// readArticles on a thread of its own: the files are read and cleaned while this thread loads its
// models and extracts, in the same order and with the same outcomes. The reader stays at most `lead`
// outcomes ahead, so a large corpus is never held whole.
import type { Worker } from "node:worker_threads";
import type { ReadOutcome } from "../types.js";
import { startWorker } from "../worker-thread.js";

/** What the reader thread is started with. */
export interface ReaderData {
  files: string[];
  lead: number;
  group: number;
}
/** Reader → caller: a group of outcomes in reading order, or the end. */
export type ReaderMessage = { outcomes: ReadOutcome[] } | { done: true };
/** Caller → reader: how many outcomes have been taken so far. */
export interface ReaderCredit {
  taken: number;
}

/** Outcomes the reader may have posted and the caller not yet taken. */
const LEAD = 256;
/** Outcomes per message: fewer messages, each still small. */
const GROUP = 8;

/**
 * The outcomes of `files`, in order, read on a thread started now — before the caller's first `next()`,
 * so that reading overlaps whatever the caller does first (loading an extractor). Ending the iteration
 * early stops the thread.
 */
export function readArticlesAhead(files: string[]): AsyncGenerator<ReadOutcome> {
  const data: ReaderData = { files, lead: LEAD, group: GROUP };
  const reader = startWorker(new URL("./read-worker.ts", import.meta.url), { workerData: data });
  // The thread keeps the process alive only while the caller waits for it (drain): a caller that fails
  // before iterating, or drops the iteration, does not leave the process hanging on it.
  reader.unref();
  const state: Inbox = { queue: [], head: 0, done: false, failure: undefined, wake: undefined };
  const wakeUp = (): void => {
    state.wake?.();
    state.wake = undefined;
  };
  reader.on("message", (m: ReaderMessage) => {
    if ("done" in m) state.done = true;
    else state.queue.push(...m.outcomes);
    wakeUp();
  });
  reader.on("error", (err) => {
    state.failure ??= new Error(`reading the articles failed: ${err.message}`);
    wakeUp();
  });
  reader.on("exit", (code) => {
    if (!state.done)
      state.failure ??= new Error(`reading the articles stopped (reader thread exit code ${code})`);
    wakeUp();
  });
  return drain(reader, state);
}

/** What the reader has sent and the caller not yet taken. */
interface Inbox {
  queue: ReadOutcome[];
  head: number;
  done: boolean;
  failure: Error | undefined;
  wake: (() => void) | undefined;
}

async function* drain(reader: Worker, inbox: Inbox): AsyncGenerator<ReadOutcome> {
  let taken = 0;
  try {
    for (;;) {
      if (inbox.head < inbox.queue.length) {
        const outcome = inbox.queue[inbox.head++];
        if (inbox.head === inbox.queue.length) {
          inbox.queue = [];
          inbox.head = 0;
        }
        yield outcome;
        if (++taken % GROUP === 0) reader.postMessage({ taken } satisfies ReaderCredit);
        continue;
      }
      if (inbox.done) return;
      if (inbox.failure) throw inbox.failure;
      reader.ref();
      await new Promise<void>((resolve) => (inbox.wake = resolve));
      reader.unref();
    }
  } finally {
    await reader.terminate();
  }
}
