// readArticles on a thread of its own: the files are read and cleaned while this thread loads its
// models and extracts, in the same order and with the same outcomes. The reader stays at most `lead`
// outcomes ahead, so a large corpus is never held whole. A caller may give it more to do per article
// (`prepare`): the extract step has wink-nlp read each article there.
import type { Worker } from "node:worker_threads";
import type { ReadOutcome } from "../types.js";
import { startWorker, workerModule } from "../worker-thread.js";

/** What the reader thread is started with. */
export interface ReaderData {
  /** URL of the module whose `prepare` runs on each article read (see readArticlesAhead). */
  prepare?: string;
}
/** Caller → reader, first: what to read (the thread may have been started before the files were known). */
export interface ReaderStart {
  files: string[];
  lead: number;
  group: number;
}
/** An outcome, and for an article what `prepare` made of it (undefined without one). */
export type AheadOutcome<P> = ReadOutcome & { prepared?: P };

/**
 * A module the reader thread runs on each article: its URL (of the .ts source, as startWorker takes),
 * exporting `prepare(article): P`. `P` is declared with it, so the caller gets what the module makes.
 */
export interface PrepareModule<P> {
  url: URL;
  /** Never set: carries P. */
  readonly prepared?: P;
}
/** Reader → caller: a group of outcomes in reading order, or the end. */
export type ReaderMessage = { outcomes: AheadOutcome<unknown>[] } | { done: true };
/** Caller → reader: how many outcomes have been taken so far. */
export interface ReaderCredit {
  taken: number;
}

/** Outcomes the reader may have posted and the caller not yet taken. */
const LEAD = 256;
/** Outcomes per message: fewer messages, each still small. */
const GROUP = 8;

export interface AheadOptions<P> {
  /** Outcomes the reader may be ahead of the caller. */
  lead?: number;
  /** Outcomes per message. */
  group?: number;
  /**
   * Loaded by the reader thread before reading; each article's `prepare` result goes with it, as
   * `prepared`. Its value must be cloneable; an exception in it stops the reading.
   */
  prepare?: PrepareModule<P>;
}

/** A reader thread and what it has sent so far. */
interface Reader {
  worker: Worker;
  inbox: Inbox;
  prepare: string | undefined;
}

/** A reader started before its files were known (preloadReader), for the next readArticlesAhead. */
let preloaded: Reader | undefined;

/**
 * Starts the reader thread now, loading `prepare`, before the caller knows its files: the next
 * readArticlesAhead with the same `prepare` takes it, with whatever it has loaded by then (another one
 * stops it). `geokg extract` starts it before loading its own modules.
 */
export function preloadReader<P>(prepare?: PrepareModule<P>): void {
  preloaded?.worker.terminate();
  preloaded = startReader(prepare);
}

/**
 * The outcomes of `files`, in order, read on a thread started now — before the caller's first `next()`,
 * so that reading overlaps whatever the caller does first (loading an extractor) — or started earlier
 * by preloadReader. Ending the iteration early stops the thread.
 */
export function readArticlesAhead<P = never>(
  files: string[],
  { lead = LEAD, group = GROUP, prepare }: AheadOptions<P> = {},
): AsyncGenerator<AheadOutcome<P>> {
  // At least one outcome per message, and room for a whole group ahead: else both threads would wait.
  group = Math.max(1, Math.floor(group));
  lead = Math.max(group, Math.floor(lead));
  let reader = preloaded;
  preloaded = undefined;
  if (reader && reader.prepare !== (prepare && workerModule(prepare.url))) {
    void reader.worker.terminate();
    reader = undefined;
  }
  reader ??= startReader(prepare);
  reader.worker.postMessage({ files, lead, group } satisfies ReaderStart);
  return drain(reader.worker, reader.inbox as Inbox<P>, group);
}

function startReader<P>(prepare: PrepareModule<P> | undefined): Reader {
  const data: ReaderData = { prepare: prepare && workerModule(prepare.url) };
  const worker = startWorker(new URL("./read-worker.ts", import.meta.url), { workerData: data });
  const inbox: Inbox = {
    queue: [],
    head: 0,
    done: false,
    exited: false,
    failure: undefined,
    wake: undefined,
  };
  const wakeUp = (): void => {
    inbox.wake?.();
    inbox.wake = undefined;
  };
  worker.on("message", (m: ReaderMessage) => {
    if ("done" in m) inbox.done = true;
    else inbox.queue.push(...m.outcomes);
    wakeUp();
  });
  // An error is reported once the thread has exited: Node delivers the messages it posted before then.
  worker.on("error", (err) => {
    inbox.failure ??= new Error(`reading the articles failed: ${err.message}`);
  });
  worker.on("exit", (code) => {
    inbox.exited = true;
    if (!inbox.done)
      inbox.failure ??= new Error(`reading the articles stopped (reader thread exit code ${code})`);
    wakeUp();
  });
  // Unreferenced after its listeners are attached (attaching one references the thread again): it keeps
  // the process alive only while the caller waits for it (drain), so a caller that fails before
  // iterating, or drops the iteration, does not leave the process hanging on it.
  worker.unref();
  return { worker, inbox, prepare: data.prepare };
}

/** What the reader has sent and the caller not yet taken. */
interface Inbox<P = unknown> {
  queue: AheadOutcome<P>[];
  head: number;
  /** The reader has sent every outcome. */
  done: boolean;
  exited: boolean;
  failure: Error | undefined;
  wake: (() => void) | undefined;
}

async function* drain<P>(reader: Worker, inbox: Inbox<P>, group: number): AsyncGenerator<AheadOutcome<P>> {
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
        if (++taken % group === 0 && !inbox.exited) reader.postMessage({ taken } satisfies ReaderCredit);
        continue;
      }
      if (inbox.done) return;
      if (inbox.exited) throw inbox.failure ?? new Error("reading the articles stopped");
      reader.ref();
      await new Promise<void>((resolve) => (inbox.wake = resolve));
      reader.unref();
    }
  } finally {
    // Referenced while it stops: the caller's code after the loop must not be cut off by an exit.
    reader.ref();
    await reader.terminate();
  }
}
