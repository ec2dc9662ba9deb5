// The geokg HTTP server: JSON API under /api and the built viewer (viz/dist) at /.
// createApp builds the express app (tests mount it on an ephemeral port); startServer listens.
import express, { type Express } from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../config.js";
import type { Db } from "../store/connection.js";
import { DbCircuit } from "./db-circuit.js";
import { errorHandler, notFound } from "./errors.js";
import { hostGuard } from "./host-guard.js";
import { articleRoutes } from "./routes/articles.js";
import { correctionRoutes } from "./routes/corrections.js";
import { cypherRoutes, DEFAULT_CYPHER_LIMITS, type CypherLimits } from "./routes/cypher.js";
import { entityRoutes } from "./routes/entities.js";
import { exportRoutes } from "./routes/export.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { relationRoutes } from "./routes/relations.js";
import { DEFAULT_BUDGET, type GraphBudget } from "../store/read-focus.js";

export const VIEWER_DIR = join(PROJECT_ROOT, "viz", "dist");

export interface AppOptions {
  /** Send `Access-Control-Allow-Origin: *` on API responses (off by default). */
  cors?: boolean;
  /** The interface bound (its name is served; see host-guard.ts). */
  host?: string;
  /** More host names to answer to besides loopback and `host` (`--allow-host`). */
  allowHosts?: string[];
  cypher?: Partial<CypherLimits>;
  /** Folder of the built viewer; default viz/dist. */
  viewerDir?: string;
  bodyLimit?: string;
  /** `--editable`: the token write requests must carry; without it the correction endpoints only read. */
  editToken?: string;
  /** /api/graph's relation budget and the entities it starts from above it (store/read-focus.ts). */
  graph?: Partial<GraphBudget>;
  /** Where the server reports Neo4j going away and coming back (default: nowhere). */
  log?: (message: string) => void;
}

// The viewer needs scripts, workers (FA2 runs in a blob: worker), WebGL and canvas exports; nothing else.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The graph budget: the option, else GEOKG_GRAPH_BUDGET / GEOKG_GRAPH_TOP, else the defaults. */
export function graphBudget(opt: Partial<GraphBudget> = {}): GraphBudget {
  const env = (name: string): number | undefined => {
    const v = process.env[name];
    return v && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  return {
    budget: opt.budget ?? env("GEOKG_GRAPH_BUDGET") ?? DEFAULT_BUDGET.budget,
    top: Math.max(1, opt.top ?? env("GEOKG_GRAPH_TOP") ?? DEFAULT_BUDGET.top),
  };
}

export function createApp(db: Db, opts: AppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  // First, for the viewer's files as much as for the API: nothing is answered to a foreign name.
  app.use(hostGuard({ host: opts.host, allowHosts: opts.allowHosts, cors: opts.cors }));
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("Referrer-Policy", "no-referrer");
    next();
  });

  const api = express.Router();
  if (opts.cors) {
    api.use((req, res, next) => {
      res.setHeader("Access-Control-Allow-Origin", "*");
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.setHeader("Access-Control-Allow-Headers", "Content-Type");
      if (req.method === "OPTIONS") return void res.sendStatus(204);
      next();
    });
  }
  api.use(express.json({ limit: opts.bodyLimit ?? "100kb" }));
  const circuit = new DbCircuit(db, opts.log);
  app.locals.circuit = circuit;
  api.use(healthRoutes(db, circuit));
  api.use(circuit.guard());
  api.use(graphRoutes(db, graphBudget(opts.graph)));
  api.use(entityRoutes(db));
  api.use(relationRoutes(db));
  api.use(articleRoutes(db));
  api.use(cypherRoutes(db, { ...DEFAULT_CYPHER_LIMITS, ...opts.cypher }));
  api.use(exportRoutes(db));
  api.use(correctionRoutes(db, opts.editToken));
  api.use(notFound);
  api.use(errorHandler((err) => circuit.trip(err)));
  app.use("/api", api);

  const viewerDir = opts.viewerDir ?? VIEWER_DIR;
  if (existsSync(join(viewerDir, "index.html"))) {
    app.use(express.static(viewerDir, { index: "index.html" }));
  } else {
    app.get("/", (_req, res) => {
      res.status(503).type("text/plain").send("The viewer is not built: run `npm run build`.");
    });
  }
  app.use(notFound);
  app.use(errorHandler());
  return app;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(
  db: Db,
  opts: AppOptions & { host?: string; port?: number } = {},
): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  const app = createApp(db, { ...opts, host });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(opts.port ?? 3000, host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        (app.locals.circuit as DbCircuit).stop();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
