// Fails fast while Neo4j is unreachable (issue 12). The first request to find the database gone pays
// for the driver's short retry window (SERVE_CONNECT: about 3 s) and opens the circuit; from then on
// every API request but /api/health is answered 503 at once, and a probe every second closes the
// circuit as soon as Neo4j answers again, with no restart of geokg needed.
import type { RequestHandler } from "express";
import type { Db } from "../store/connection.js";

export const PROBE_EVERY_MS = 1_000;

export class DbCircuit {
  private downSince: Date | null = null;
  private cause = "";
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** When the database was found unreachable, and why; null while it answers. */
  get outage(): { since: Date; cause: string } | null {
    return this.downSince ? { since: this.downSince, cause: this.cause } : null;
  }

  /** Called with an error that means "unreachable": refuse requests until a probe succeeds. */
  trip(err: unknown): void {
    if (this.downSince || this.closed) return;
    this.downSince = new Date();
    this.cause = (err as Error)?.message ?? String(err);
    this.log(
      `geokg: Neo4j at ${this.db.target.uri} is not reachable (${this.cause}); answering 503 until it is back`,
    );
    this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.probe(), PROBE_EVERY_MS);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    try {
      await this.db.driver.verifyConnectivity({ database: this.db.database });
    } catch {
      if (!this.closed) this.schedule();
      return;
    }
    const seconds = this.downSince ? (Date.now() - this.downSince.getTime()) / 1000 : 0;
    this.log(`geokg: Neo4j at ${this.db.target.uri} answers again (after ${seconds.toFixed(0)} s)`);
    this.downSince = null;
  }

  /** Middleware: 503 at once while the circuit is open. */
  guard(): RequestHandler {
    return (_req, res, next) => {
      if (!this.downSince) return next();
      res.setHeader("Retry-After", "5");
      res
        .status(503)
        .json({ error: `the Neo4j database is not reachable (since ${this.downSince.toISOString()})` });
    };
  }

  stop(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }
}
