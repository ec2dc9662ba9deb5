// Extraction on several threads: a pool of worker_threads, each with its own extractor (worker.ts),
// or — for one job — the extractor in this thread, as before there were workers. Either way the
// caller gets one outcome per article, in the order given; which thread extracted an article never
// changes its extraction (ExtractorState holds only memos of pure functions, see state.ts).
import type { Worker } from "node:worker_threads";
import { startWorker } from "../worker-thread.js";
import type { Article } from "../types.js";
import { createExtractor, type ExtractOutcome } from "./index.js";
import type { WinkTokens } from "./nlp.js";
import type { ExtractRequest, ExtractResponse } from "./worker-messages.js";

export interface ExtractPool {
  readonly jobs: number;
  /**
   * Outcomes of `articles`, in order; a group on a worker that dies gets one failure per article.
   * `tokens` (one job only, see createExtractPool): the articles' tokens, worked out elsewhere.
   */
  extract(
    articles: Article[],
    tokens?: (WinkTokens | undefined)[],
  ): ExtractOutcome[] | Promise<ExtractOutcome[]>;
  /** Stops the workers; groups not yet answered get failures. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * `tokensGiven` (one job): the caller hands the articles' tokens to `extract`, made on its reader
 * thread (tokenise-ahead.ts); workers tokenise their own articles, so it has no use with more jobs.
 */
export function createExtractPool(jobs: number, { tokensGiven = false } = {}): ExtractPool {
  if (jobs <= 1) {
    const extractor = createExtractor(undefined, { tokensGiven });
    return {
      jobs: 1,
      extract: (articles, tokens) => extractor.extractMany(articles, tokens),
      close: async () => {},
    };
  }
  return new WorkerPool(jobs);
}

const startExtractWorker = (): Worker => startWorker(new URL("./worker.ts", import.meta.url));

/** Groups sent to one worker before its answers come back: it never waits for the main thread. */
const PER_WORKER = 4;

interface Task {
  id: number;
  articles: Article[];
  resolve(outcomes: ExtractOutcome[]): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Task>;
  answered: boolean;
}

const failAll = (task: Task, error: string) =>
  task.resolve(task.articles.map(() => ({ ok: false as const, error })));

class WorkerPool implements ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  /** Set when a worker died before its first answer: it cannot start, so no other one is tried. */
  private broken: string | undefined;

  // One worker starts at once, loading its extractor while the caller prepares (as one job always
  // loads its own); the others when there is work for them, so a small input starts few threads.
  constructor(readonly jobs: number) {
    this.spawn();
  }

  extract(articles: Article[]): Promise<ExtractOutcome[]> {
    return new Promise((resolve) => {
      const task = { id: this.nextId++, articles, resolve };
      if (this.closed || this.broken) return failAll(task, this.broken ?? "extraction stopped");
      this.queue.push(task);
      this.pump();
    });
  }

  /** Hands queued groups to the least busy worker, starting workers (up to `jobs`) only when all are busy. */
  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.reduce<Slot | undefined>(
        (best, s) => (!best || s.inFlight.size < best.inFlight.size ? s : best),
        undefined,
      );
      if ((!slot || slot.inFlight.size > 0) && this.slots.length < this.jobs) slot = this.spawn();
      if (!slot || slot.inFlight.size >= PER_WORKER) return;
      const task = this.queue.shift()!;
      slot.inFlight.set(task.id, task);
      const req: ExtractRequest = { id: task.id, articles: task.articles };
      slot.worker.postMessage(req);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startExtractWorker(), inFlight: new Map(), answered: false };
    slot.worker.on("message", (res: ExtractResponse) => {
      slot.answered = true;
      const task = slot.inFlight.get(res.id);
      slot.inFlight.delete(res.id);
      task?.resolve(res.outcomes);
      this.pump();
    });
    slot.worker.on("error", (err) => this.lost(slot, `extraction worker failed: ${err.message}`));
    slot.worker.on("exit", (code) => this.lost(slot, `extraction worker exited (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** A dead worker's groups fail by article (the caller names their files); a new worker takes the rest. */
  private lost(slot: Slot, error: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return; // its "error" came first; this is its "exit"
    this.slots.splice(i, 1);
    void slot.worker.terminate();
    if (!slot.answered && !this.closed) this.broken = error;
    for (const task of slot.inFlight.values()) failAll(task, error);
    slot.inFlight.clear();
    if (this.broken) for (const task of this.queue.splice(0)) failAll(task, error);
    else this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const task of this.queue.splice(0)) failAll(task, "extraction stopped");
    for (const s of slots) for (const task of s.inFlight.values()) failAll(task, "extraction stopped");
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
