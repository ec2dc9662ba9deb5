// One article from its raw text: format-specific lines (HTML, Markdown, plain) → shared furniture
// cleaning → metadata with precedence given > declared by the page > stated in the text.
import { extname } from "node:path";
import type { Article, ArticleMeta } from "../types.js";
import { cleanLines, type PageLine } from "./clean-lines.js";
import { findDate } from "./dates.js";
import { idFromFile, idFromUrl, sha256 } from "./article-id.js";
import { markdownLines, textLines } from "./text-lines.js";

export class ArticleError extends Error {}

function nonEmpty(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

/**
 * Parses `raw` by the extension of `file` (.html/.htm, .md/.markdown, anything else as plain text).
 * Rejects with ArticleError when nothing of an article is left once furniture is removed. Asynchronous
 * because the HTML reader (htmlparser2, ~50 ms to load) is loaded only when an HTML file comes.
 */
export async function parseArticleText(
  file: string,
  raw: string,
  hint: Partial<ArticleMeta> = {},
): Promise<Article> {
  const ext = extname(file).toLowerCase();
  let lines: PageLine[];
  let declared: { title?: string; url?: string; source?: string; published?: string; id?: string } = {};
  if (ext === ".html" || ext === ".htm") {
    const page = (await import("./html-lines.js")).htmlLines(raw);
    lines = page.lines;
    declared = page;
  } else if (ext === ".md" || ext === ".markdown") {
    const page = markdownLines(raw);
    lines = page.lines;
    const f = page.front;
    declared = {
      title: f.title,
      url: f.url,
      source: f.source ?? f.outlet ?? f.publisher,
      published: findDate(f.published ?? f.date ?? ""),
      id: f.id,
    };
  } else {
    lines = textLines(raw).lines;
  }
  const cleaned = cleanLines(lines);
  if (cleaned.text.trim() === "") {
    throw new ArticleError("no article text left after removing page furniture");
  }
  const url = nonEmpty(hint.url) ?? nonEmpty(declared.url);
  const id = nonEmpty(hint.id) ?? nonEmpty(declared.id) ?? (url ? idFromUrl(url) : idFromFile(file));
  const article: Article = {
    id,
    file,
    title: nonEmpty(hint.title) ?? nonEmpty(declared.title) ?? cleaned.title,
    url,
    source: nonEmpty(hint.source) ?? cleaned.source ?? nonEmpty(declared.source) ?? cleaned.masthead,
    published:
      (hint.published && (findDate(hint.published) ?? hint.published)) ||
      declared.published ||
      cleaned.published,
    contentHash: sha256(cleaned.text),
    text: cleaned.text,
  };
  // Optional fields stay absent rather than undefined, so JSON output and Neo4j properties stay clean.
  for (const k of Object.keys(article) as Array<keyof Article>)
    if (article[k] === undefined) delete article[k];
  return article;
}
