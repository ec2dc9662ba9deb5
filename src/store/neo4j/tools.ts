// Java 17+ and Maven are the managed server's only prerequisites; when either is missing the error says
// exactly what to install, or how to use an existing Neo4j instead.
import { spawnSync } from "node:child_process";

const INSTALL_HINT =
  "Install them with `apt-get install openjdk-17-jdk-headless maven`, " +
  "or point geokg at an existing Neo4j 5: NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=secret " +
  "(e.g. `docker run -p7687:7687 -e NEO4J_AUTH=neo4j/secret neo4j:5.26`).";

/** Major version of `java` on PATH (or $JAVA_HOME/bin/java), or null when there is none. */
export function javaMajorVersion(java = javaCommand()): number | null {
  const r = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  // `java -version` prints to stderr: openjdk version "17.0.15" 2025-04-15  /  java version "1.8.0_392"
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major;
}

export function javaCommand(): string {
  return process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : "java";
}

export function requireJava(): string {
  const java = javaCommand();
  const major = javaMajorVersion(java);
  if (major === null)
    throw new Error(`the managed Neo4j needs Java 17 or newer, and '${java}' was not found. ${INSTALL_HINT}`);
  if (major < 17)
    throw new Error(`the managed Neo4j needs Java 17 or newer, found Java ${major}. ${INSTALL_HINT}`);
  return java;
}

export function requireMaven(): string {
  const r = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (r.error || r.status !== 0)
    throw new Error(`building the managed Neo4j needs Maven ('mvn' was not found). ${INSTALL_HINT}`);
  return "mvn";
}
