// Command-line inputs (files, folders, globs) → the list of files to read.
import { statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, join, normalize, resolve } from "node:path";

export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".json",
  ".jsonl",
]);

/** Files a folder holds about itself rather than as content: README.md in a corpus folder is not an article. */
const FOLDER_DOCS = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

export function isSupported(file: string): boolean {
  return SUPPORTED_EXTENSIONS.has(extname(file).toLowerCase());
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && isSupported(e.name) && !FOLDER_DOCS.test(e.name)) out.push(p);
  }
}

/** A glob rather than a path; the glob library loads only when an input that is not a path is given. */
async function isPattern(input: string): Promise<boolean> {
  return (await import("tinyglobby")).isDynamicPattern(input);
}

/**
 * Files, folders (recursive, supported extensions only) and globs → sorted, deduplicated file list.
 * A named file is kept whatever its extension, and a path that does not exist is kept as given, so
 * that reading reports each by name instead of silently skipping it.
 */
export async function expandInputs(pathsOrGlobs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const input of pathsOrGlobs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) await walk(normalize(input), found);
    else if (info) found.push(normalize(input));
    else if (await isPattern(input)) {
      const { glob } = await import("tinyglobby");
      const matches = await glob(input, {
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        absolute: isAbsolute(input),
      });
      if (matches.length === 0) found.push(input);
      found.push(
        ...matches.filter((m) => isSupported(m) && !FOLDER_DOCS.test(basename(m))).map((m) => normalize(m)),
      );
    } else found.push(input);
  }
  const byPath = new Map<string, string>();
  for (const f of found) if (!byPath.has(resolve(f))) byPath.set(resolve(f), f);
  return [...byPath.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Total size of the files (those that cannot be read count nothing: reading reports them). */
export function inputBytes(files: string[]): number {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // ENOENT, ENOTDIR, ELOOP, EACCES …: readArticles names the file and its problem.
    }
  }
  return bytes;
}
