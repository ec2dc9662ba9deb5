// The managed server's password: random, made once, kept in a 0600 file beside the store and reused after.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function readPassword(file: string): string | null {
  try {
    const pw = readFileSync(file, "utf8").trim();
    if (pw.length < 8) throw new Error(`${file}: the stored Neo4j password is shorter than 8 characters`);
    return pw;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

export function readOrCreatePassword(file: string): string {
  const existing = readPassword(file);
  if (existing) {
    // Someone may have loosened it; the password must not be world-readable.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return existing;
  }
  mkdirSync(dirname(file), { recursive: true });
  const pw = randomBytes(24).toString("base64url");
  // 'wx' fails if another process made the file in between, so two starts never end up with two passwords.
  try {
    writeFileSync(file, `${pw}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return readOrCreatePassword(file);
    throw err;
  }
  return pw;
}
