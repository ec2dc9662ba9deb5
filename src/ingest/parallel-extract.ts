// Extraction ahead of its consumer, answers taken in reading order. The caller adds articles as it
// reads them; groups of EXTRACT_GROUP go to the pool (worker threads, or this thread for one job), and
// each article's outcome is handed to `consume` strictly in the order the articles were added — a
// reorder buffer — so what follows extraction (the EntityRegistry, the writer) sees the same sequence
// whatever the number of jobs. While `consume` waits (a write to Neo4j), the workers go on with the
// groups already sent; at most `maxGroups` groups wait, so memory stays flat however long the input.
import { EXTRACT_GROUP, type ExtractOutcome } from "../extract/index.js";
import type { ExtractPool } from "../extract/pool.js";
import type { WinkTokens } from "../extract/nlp.js";
import type { Article } from "../types.js";

interface Pending<T> {
  items: T[];
  /** Set once the pool has answered; until then `answer` is awaited. */
  outcomes?: ExtractOutcome[];
  answer: Promise<ExtractOutcome[]>;
}

/** An article to extract, and its tokens when they were made ahead (one job: see createExtractPool). */
export interface ToExtract {
  article: Article;
  tokens?: WinkTokens;
}

export class OrderedExtraction<T extends ToExtract> {
  private group: T[] = [];
  private readonly waiting: Pending<T>[] = [];
  /** Article ids added and not yet consumed, with how many times each. */
  private readonly pendingIds = new Map<string, number>();

  constructor(
    private readonly pool: ExtractPool,
    private readonly consume: (item: T, outcome: ExtractOutcome) => void | Promise<void>,
    private readonly maxGroups: number,
  ) {}

  /** Is an article with this id added and not yet consumed? */
  holds(articleId: string): boolean {
    return this.pendingIds.has(articleId);
  }

  /**
   * Adds an article; its group goes to the pool once full — or at once when `now` (a caller whose
   * articles arrive slowly at first: the extracting thread starts on the first rather than wait for
   * a group). Grouping never changes an article's extraction.
   */
  async add(item: T, now = false): Promise<void> {
    this.group.push(item);
    const id = item.article.id;
    this.pendingIds.set(id, (this.pendingIds.get(id) ?? 0) + 1);
    if (now || this.group.length >= EXTRACT_GROUP) await this.send();
  }

  /** Sends what is left and consumes every outcome. */
  async finish(): Promise<void> {
    await this.send();
    await this.drain(0);
  }

  private async send(): Promise<void> {
    if (this.group.length === 0) return;
    const items = this.group;
    this.group = [];
    const result = this.pool.extract(
      items.map((i) => i.article),
      items.some((i) => i.tokens) ? items.map((i) => i.tokens) : undefined,
    );
    // One job extracts right here, synchronously: its outcomes are consumed at once, as before workers.
    if (Array.isArray(result))
      this.waiting.push({ items, outcomes: result, answer: Promise.resolve(result) });
    else {
      const pending: Pending<T> = { items, answer: result };
      void result.then((o) => (pending.outcomes = o));
      this.waiting.push(pending);
    }
    await this.drain(this.maxGroups);
  }

  /** Consumes answered groups from the front, and waits for the front while more than `keep` wait. */
  private async drain(keep: number): Promise<void> {
    while (this.waiting.length > 0 && (this.waiting[0].outcomes || this.waiting.length > keep)) {
      const head = this.waiting[0];
      const outcomes = head.outcomes ?? (await head.answer);
      this.waiting.shift();
      for (let i = 0; i < head.items.length; i++) {
        const item = head.items[i];
        const id = item.article.id;
        const n = this.pendingIds.get(id)!;
        if (n > 1) this.pendingIds.set(id, n - 1);
        else this.pendingIds.delete(id);
        await this.consume(item, outcomes[i]);
      }
    }
  }
}
