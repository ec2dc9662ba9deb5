// The one way every module gets a database: an external Neo4j from NEO4J_* variables, or geokg's managed one.
import neo4j, { type Config, type Driver } from "neo4j-driver";
import { managedConnection, startManaged } from "./neo4j/server.js";

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database?: string;
  managed: boolean;
}

/**
 * NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when set — never starts its own then; else the
 * managed instance (started when opts.start, else an error telling to run `geokg db start`).
 */
/** The target of geokg's managed Neo4j at `uri` (its user is always neo4j, its database neo4j). */
export function managedTarget(server: { uri: string; password: string }): Neo4jTarget {
  return { uri: server.uri, username: "neo4j", password: server.password, database: "neo4j", managed: true };
}

export async function resolveTarget(opts: { start?: boolean } = {}): Promise<Neo4jTarget> {
  const env = externalTarget();
  if (env) return env;
  const running = managedConnection();
  if (running) return managedTarget(running);
  if (!opts.start) {
    throw new Error(
      "no Neo4j is running: start geokg's own with `geokg db start`, or point NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) at an existing Neo4j 5",
    );
  }
  return managedTarget(await startManaged());
}

/** The target described by NEO4J_* variables, or null when NEO4J_URI is unset. */
export function externalTarget(env: NodeJS.ProcessEnv = process.env): Neo4jTarget | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new Error(`NEO4J_URI: '${uri}' is not a bolt://, neo4j://, bolt+s:// or neo4j+s:// address`);
  }
  return {
    uri,
    username: env.NEO4J_USERNAME?.trim() || "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: env.NEO4J_DATABASE?.trim() || undefined,
    managed: false,
  };
}

export interface Db {
  driver: Driver;
  /** Pass as `database` to every session / executeQuery (undefined = the server's default database). */
  database?: string;
  target: Neo4jTarget;
  /**
   * The driver for analyst Cypher (read-only-cypher.ts), made on first use: its own small pool, so
   * queries the server never answers cannot take the connections the rest of geokg needs, and no
   * retries, so a query that ran out of memory or time is answered at once instead of run again.
   */
  readOnlyDriver(): Driver;
  /** Point this connection at another URI of the same server (the managed one restarted on a new port). */
  useUri(uri: string): Promise<void>;
  close(): Promise<void>;
}

/** How a connection reacts when Neo4j is slow or gone. */
export interface ConnectOptions {
  /** How long a transaction that failed on a lost connection or a transient error is retried (ms). */
  retryMs?: number;
  /** How long to wait for a connection, pooled or new (ms). */
  acquisitionTimeoutMs?: number;
}

/**
 * The CLI's commands: ride out a short hiccup, give up well within a minute. A refused connection fails
 * at once, so a server that is gone costs the 15 s of retries; the 30 s for a connection are for a server
 * that is up but slow to accept one (a loaded 2-core machine took over 10 s).
 */
export const DEFAULT_CONNECT: Required<ConnectOptions> = { retryMs: 15_000, acquisitionTimeoutMs: 30_000 };
/** `geokg serve`: answer 503 within seconds rather than keep a browser waiting (api/db-circuit.ts). */
export const SERVE_CONNECT: Required<ConnectOptions> = { retryMs: 2_000, acquisitionTimeoutMs: 3_000 };
/** Connections the read-only driver may hold at once: the most analyst queries running together. */
export const READ_ONLY_POOL_SIZE = 16;

export async function openDb(opts: { start?: boolean } & ConnectOptions = {}): Promise<Db> {
  const target = await resolveTarget(opts);
  return connect(target, opts);
}

function driverConfig(opts: ConnectOptions): Config {
  const o = { ...DEFAULT_CONNECT, ...opts };
  return {
    userAgent: "geokg/0.1",
    connectionTimeout: o.acquisitionTimeoutMs,
    connectionAcquisitionTimeout: o.acquisitionTimeoutMs,
    maxTransactionRetryTime: o.retryMs,
  };
}

/** Opens a driver on a resolved target and checks that it answers (so a wrong password fails here, clearly). */
export async function connect(target: Neo4jTarget, opts: ConnectOptions = {}): Promise<Db> {
  const auth = neo4j.auth.basic(target.username, target.password);
  const config = driverConfig(opts);
  // The URI goes to the driver unchanged so neo4j:// routing (clusters, Aura) works.
  const driver = neo4j.driver(target.uri, auth, config);
  try {
    // Routed as a read: in a cluster any member may answer, and a read-only user can connect.
    await driver.executeQuery("RETURN 1", {}, { database: target.database, routing: neo4j.routing.READ });
  } catch (err) {
    await driver.close();
    const where = target.managed ? "geokg's managed Neo4j" : "NEO4J_URI";
    throw new Error(`cannot use Neo4j at ${target.uri} (${where}): ${(err as Error).message}`, {
      cause: err,
    });
  }
  let readOnly: Driver | undefined;
  let closed = false;
  const db: Db = {
    driver,
    database: target.database,
    target,
    readOnlyDriver() {
      readOnly ??= neo4j.driver(db.target.uri, auth, {
        ...config,
        maxConnectionPoolSize: READ_ONLY_POOL_SIZE,
        maxTransactionRetryTime: 0,
      });
      return readOnly;
    },
    async useUri(uri) {
      const old = [db.driver, readOnly];
      db.target = { ...db.target, uri };
      db.driver = neo4j.driver(uri, auth, config);
      readOnly = undefined;
      await Promise.all(old.map((d) => d?.close()));
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([db.driver.close(), readOnly?.close()]);
    },
  };
  return db;
}
