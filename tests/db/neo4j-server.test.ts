// The managed Neo4j's lifecycle against a real JVM: a second instance in its own temp folder (the run's
// shared instance from tests/setup/neo4j.ts is left alone), plus connection resolution.
import { mkdtempSync, rmSync, statSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { connect, externalTarget, openDb, resolveTarget } from "../../src/store/connection.js";
import { managedPaths } from "../../src/store/neo4j/paths.js";
import { isAlive } from "../../src/store/neo4j/process-alive.js";
import { managedStatus, startManaged, stopManaged } from "../../src/store/neo4j/server.js";
import { readState, writeState } from "../../src/store/neo4j/state.js";
import { openTestDb } from "../helpers/db.js";
import { startTestManaged } from "../helpers/neo4j.js";

describe("managed Neo4j lifecycle (second instance)", () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), "geokg-lifecycle-"));
  });
  afterAll(async () => {
    await stopManaged({ base });
    rmSync(base, { recursive: true, force: true });
  });

  it("reports not running before the first start", () => {
    const s = managedStatus(base);
    expect(s.running).toBe(false);
    expect(s.dataDir).toBe(join(base, "neo4j"));
  });

  let firstPid = 0;
  let firstPassword = "";
  it("starts, writes state and a 0600 password, and answers Cypher with that password", async () => {
    const r = await startTestManaged(base);
    expect(r.startedNow).toBe(true);
    expect(r.version).toMatch(/^5\.26\./);
    expect(r.uri).toBe(`bolt://127.0.0.1:${r.port}`);
    firstPid = r.pid;
    firstPassword = r.password;
    const p = managedPaths(base);
    expect(statSync(p.passwordFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(p.passwordFile, "utf8").trim()).toBe(r.password);
    expect(readState(p.stateFile)).toMatchObject({
      pid: r.pid,
      port: r.port,
      uri: r.uri,
      version: r.version,
    });

    const s = managedStatus(base);
    expect(s).toMatchObject({ running: true, pid: r.pid, uri: r.uri, version: r.version });

    const driver = neo4j.driver(r.uri, neo4j.auth.basic("neo4j", r.password));
    try {
      await driver.executeQuery("CREATE (:LifecycleProbe {k: $k})", { k: "kept" }, { database: "neo4j" });
      await expect(driver.executeQuery("RETURN 1", {}, { database: "neo4j" })).resolves.toBeDefined();
    } finally {
      await driver.close();
    }
    const wrong = neo4j.driver(r.uri, neo4j.auth.basic("neo4j", "not-the-password"));
    try {
      await expect(wrong.executeQuery("RETURN 1", {}, { database: "neo4j" })).rejects.toThrow(
        /auth|credentials|unauthorized/i,
      );
    } finally {
      await wrong.close();
    }
  });

  it("a second start on the same store reuses the running server instead of starting another", async () => {
    const r = await startManaged({ base, preferPort: 0, log: () => {} });
    expect(r.startedNow).toBe(false);
    expect(r.pid).toBe(firstPid);
  });

  it("stop leaves no process and no state", async () => {
    const s = await stopManaged({ base });
    expect(s.wasRunning).toBe(true);
    expect(s.pids).toEqual([firstPid]);
    expect(isAlive(firstPid)).toBe(false);
    expect(existsSync(managedPaths(base).stateFile)).toBe(false);
    expect(managedStatus(base).running).toBe(false);
    const again = await stopManaged({ base });
    expect(again.wasRunning).toBe(false);
  });

  it("a stale state file (dead pid) is reported and cleaned up", () => {
    const p = managedPaths(base);
    writeState(p.stateFile, {
      pid: firstPid,
      port: 1,
      uri: "bolt://127.0.0.1:1",
      version: "5.26.0",
      started: "x",
      home: p.home,
    });
    const s = managedStatus(base);
    expect(s.running).toBe(false);
    expect(s.staleStateRemoved).toBe(true);
    expect(existsSync(p.stateFile)).toBe(false);
  });

  it("restart reuses the password and keeps the data", async () => {
    const r = await startTestManaged(base);
    expect(r.startedNow).toBe(true);
    expect(r.pid).not.toBe(firstPid);
    expect(r.password).toBe(firstPassword);
    const driver = neo4j.driver(r.uri, neo4j.auth.basic("neo4j", firstPassword));
    try {
      const res = await driver.executeQuery(
        "MATCH (p:LifecycleProbe) RETURN p.k AS k",
        {},
        { database: "neo4j" },
      );
      expect(res.records.map((x) => x.get("k"))).toEqual(["kept"]);
    } finally {
      await driver.close();
    }
    await stopManaged({ base });
    expect(isAlive(r.pid)).toBe(false);
  });

  it("a port in use is refused before any JVM starts, naming the port", async () => {
    const db = await openTestDb(); // the shared server holds a port to collide with
    const busy = Number(new URL(db.target.uri.replace(/^\w+:/, "http:")).port);
    await db.close();
    await expect(startManaged({ base, port: busy, log: () => {} })).rejects.toThrow(
      `port ${busy} on 127.0.0.1 is already in use`,
    );
    expect(managedStatus(base).running).toBe(false);
  });

  it("a JVM that dies during start gives its log's reason and leaves no state", async () => {
    // An invalid heap size makes java exit at once: the cheapest real start failure.
    await expect(startManaged({ base, preferPort: 0, heap: "1x", log: () => {} })).rejects.toThrow(
      /Neo4j exited during start[\s\S]*neo4j\.log says:[\s\S]*heap size/i,
    );
    expect(managedStatus(base).running).toBe(false);
    expect(existsSync(managedPaths(base).stateFile)).toBe(false);
    expect(existsSync(managedPaths(base).startLock)).toBe(false);
  });
});

describe("connection resolution", () => {
  it("reads NEO4J_* variables and never starts its own server then", async () => {
    const t = externalTarget({
      NEO4J_URI: "neo4j://db.example:7687",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "pw",
      NEO4J_DATABASE: "news",
    });
    expect(t).toEqual({
      uri: "neo4j://db.example:7687",
      username: "reader",
      password: "pw",
      database: "news",
      managed: false,
    });
    expect(externalTarget({})).toBeNull();
    expect(externalTarget({ NEO4J_URI: "bolt://h:1" })).toMatchObject({
      username: "neo4j",
      database: undefined,
    });
    expect(() => externalTarget({ NEO4J_URI: "http://localhost:7474" })).toThrow(
      /NEO4J_URI: 'http:\/\/localhost:7474' is not a bolt/,
    );
  });

  it("resolveTarget and openDb use the environment's server (set by the test setup)", async () => {
    expect(process.env.NEO4J_URI).toBeTruthy();
    const t = await resolveTarget({ start: true });
    expect(t.managed).toBe(false);
    expect(t.uri).toBe(process.env.NEO4J_URI);
    const db = await openDb();
    try {
      const res = await db.driver.executeQuery("RETURN 41 + 1 AS n", {}, { database: db.database });
      expect(res.records[0].get("n").toNumber()).toBe(42);
    } finally {
      await db.close();
    }
  });

  it("a neo4j:// routing URI works against a single server", async () => {
    const base = await openTestDb();
    const uri = base.target.uri.replace(/^bolt:/, "neo4j:");
    await base.close();
    const db = await connect({ ...base.target, uri });
    try {
      const res = await db.driver.executeQuery(
        "RETURN 'routed' AS r",
        {},
        { database: db.database, routing: neo4j.routing.READ },
      );
      expect(res.records[0].get("r")).toBe("routed");
    } finally {
      await db.close();
    }
  });

  it("a wrong password fails with an error naming the server", async () => {
    const base = await openTestDb();
    await base.close();
    await expect(connect({ ...base.target, password: "definitely-wrong" })).rejects.toThrow(
      new RegExp(`cannot use Neo4j at ${base.target.uri.replace(/[.:/]/g, "\\$&")}`),
    );
  });

  it("without NEO4J_URI and no managed server, resolveTarget says to run `geokg db start`", async () => {
    const saved = { uri: process.env.NEO4J_URI, home: process.env.GEOKG_HOME };
    const empty = mkdtempSync(join(tmpdir(), "geokg-empty-"));
    try {
      delete process.env.NEO4J_URI;
      process.env.GEOKG_HOME = empty;
      await expect(resolveTarget()).rejects.toThrow(/geokg db start/);
    } finally {
      process.env.NEO4J_URI = saved.uri;
      if (saved.home === undefined) delete process.env.GEOKG_HOME;
      else process.env.GEOKG_HOME = saved.home;
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
