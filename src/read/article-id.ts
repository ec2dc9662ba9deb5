// Stable article ids: the same input gives the same id on every run, so re-ingesting a file replaces
// its article instead of adding a second copy.
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function slugify(s: string, max = 80): string {
  const slug = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug || "article";
}

/** From a url: its last path segment for readability, plus a hash of the whole url for uniqueness. */
export function idFromUrl(url: string): string {
  let segment = url;
  try {
    const u = new URL(url);
    segment = u.pathname.split("/").filter(Boolean).pop() ?? u.hostname;
  } catch {
    // Not a parseable url: the hash below still makes a stable id from the string as given.
  }
  return `${slugify(segment.replace(/\.[a-z0-9]+$/i, ""), 60)}-${sha256(url).slice(0, 8)}`;
}

/** From a file path: its base name without extension, so ids read like the files they came from. */
export function idFromFile(file: string): string {
  return slugify(basename(file, extname(file)));
}
