// state.json: what a running managed server is (pid, port, uri, version). Written after the server answered,
// removed on stop; a file whose process is gone is stale and gets cleaned up by the next status/start.
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";

export const ServerStateSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int().min(1).max(65535),
  uri: z.string().min(1),
  version: z.string(),
  started: z.string(),
  home: z.string(),
});
export type ServerState = z.infer<typeof ServerStateSchema>;

export function readState(file: string): ServerState | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not valid JSON — remove it if no geokg Neo4j is running`);
  }
  const parsed = ServerStateSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${file}: unexpected content (${parsed.error.issues[0]?.message}) — remove it if no geokg Neo4j is running`,
    );
  return parsed.data;
}

export function writeState(file: string, state: ServerState): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

export function removeState(file: string): void {
  rmSync(file, { force: true });
}
