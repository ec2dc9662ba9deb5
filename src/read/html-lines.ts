// Visible text of an HTML page as lines, plus the metadata pages declare about themselves
// (<title>, og:*, article:published_time, JSON-LD, canonical link). Hidden and navigational parts
// (scripts, nav, footers, asides, figures, forms, and elements marked as such by role or class) are
// skipped whole, so their text never reaches the article.
import { Parser } from "htmlparser2";
import type { PageLine } from "./clean-lines.js";
import { findDate } from "./dates.js";

export interface HtmlPage {
  lines: PageLine[];
  title?: string;
  url?: string;
  source?: string;
  published?: string;
}

const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "footer",
  "aside",
  "figure",
  "figcaption",
  "form",
  "button",
  "select",
  "textarea",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "picture",
  "menu",
  "dialog",
  "head",
]);
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "table",
  "tr",
  "td",
  "th",
  "dd",
  "dt",
  "dl",
  "br",
  "hr",
  "address",
  "body",
]);
const WRAPPERS = new Set(["html", "body", "main", "article"]);
const SKIP_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alert",
]);
/** Class / id words that mark page furniture on common news templates. */
const SKIP_WORDS = new Set([
  "nav",
  "navbar",
  "menu",
  "breadcrumb",
  "breadcrumbs",
  "share",
  "sharing",
  "social",
  "related",
  "comments",
  "comment",
  "respond",
  "cookie",
  "cookies",
  "consent",
  "newsletter",
  "subscribe",
  "subscription",
  "advert",
  "advertisement",
  "ads",
  "ad",
  "promo",
  "sidebar",
  "footer",
  "byline",
  "caption",
  "widget",
  "popup",
  "modal",
  "author",
  "bio",
  "tags",
  "recommended",
  "trending",
  "outbrain",
  "taboola",
  "skip",
]);

function marksFurniture(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined || attribs["aria-hidden"] === "true") return true;
  if (attribs.role && SKIP_ROLES.has(attribs.role.toLowerCase())) return true;
  const words = `${attribs.class ?? ""} ${attribs.id ?? ""}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => SKIP_WORDS.has(w));
}

interface Block {
  text: string;
  heading: boolean;
  /** Index of the <article>/<main> container the block sits in, -1 outside any. */
  container: number;
  h1: boolean;
}

/** Reads JSON-LD metadata (schema.org NewsArticle) when a page carries it; ignores anything malformed. */
function fromJsonLd(raw: string, page: HtmlPage): void {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return;
  }
  const nodes: unknown[] = Array.isArray(data) ? data : [data];
  for (const node of nodes) {
    if (!node || typeof node !== "object") continue;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o["@graph"])) nodes.push(...(o["@graph"] as unknown[]));
    if (typeof o.headline === "string") page.title ??= o.headline;
    if (typeof o.datePublished === "string") page.published ??= findDate(o.datePublished);
    const publisher = o.publisher as Record<string, unknown> | undefined;
    if (publisher && typeof publisher.name === "string") page.source ??= publisher.name;
  }
}

export function htmlLines(html: string): HtmlPage {
  const page: HtmlPage = { lines: [] };
  const blocks: Block[] = [];
  const stack: Array<{ name: string; skip: boolean; container?: number }> = [];
  let skipDepth = 0;
  let containers = 0;
  let current = "";
  let titleText: string | undefined;
  let inTitle = false;
  let jsonLd: string | undefined;
  let ogTitle: string | undefined;
  let h1 = false;
  let heading = false;

  const container = (): number => {
    for (let i = stack.length - 1; i >= 0; i--)
      if (stack[i].container !== undefined) return stack[i].container!;
    return -1;
  };
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) blocks.push({ text, heading, container: container(), h1 });
    current = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const prop = (attribs.property ?? attribs.name ?? attribs.itemprop ?? "").toLowerCase();
          const content = attribs.content ?? "";
          if (prop === "og:title" || prop === "twitter:title") ogTitle ??= content;
          else if (prop === "og:url") page.url ??= content;
          else if (prop === "og:site_name") page.source ??= content;
          else if (
            [
              "article:published_time",
              "datepublished",
              "date",
              "pubdate",
              "publish-date",
              "dc.date",
              "dcterms.date",
              "sailthru.date",
            ].includes(prop)
          ) {
            page.published ??= findDate(content);
          }
        }
        if (name === "link" && (attribs.rel ?? "").toLowerCase() === "canonical" && attribs.href)
          page.url ??= attribs.href;
        if (name === "script" && (attribs.type ?? "").toLowerCase() === "application/ld+json") jsonLd = "";
        if (name === "time" && attribs.datetime && skipDepth === 0)
          page.published ??= findDate(attribs.datetime);

        // <header> inside an article holds its headline; a page-level <header> is the site masthead.
        const insideArticle = stack.some((s) => s.container !== undefined);
        const skip =
          skipDepth > 0 ||
          SKIP_TAGS.has(name) ||
          (name === "header" && !insideArticle) ||
          // Page-level wrappers carry template classes ("has-sidebar") that say nothing about their text.
          (!WRAPPERS.has(name) && marksFurniture(attribs));
        const entry: { name: string; skip: boolean; container?: number } = { name, skip };
        if (name === "article" || name === "main") entry.container = containers++;
        if (BLOCK_TAGS.has(name)) flush();
        if (/^h[1-6]$/.test(name)) {
          heading = true;
          h1 = name === "h1";
        }
        stack.push(entry);
        if (skip) skipDepth++;
      },
      ontext(data) {
        if (inTitle) titleText = (titleText ?? "") + data;
        if (jsonLd !== undefined) jsonLd += data;
        if (skipDepth === 0) current += data;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "script" && jsonLd !== undefined) {
          fromJsonLd(jsonLd, page);
          jsonLd = undefined;
        }
        if (BLOCK_TAGS.has(name)) flush();
        const entry = stack.pop();
        if (entry?.skip) skipDepth--;
        if (/^h[1-6]$/.test(name)) {
          heading = false;
          h1 = false;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  // When the page marks its article (<article>/<main>), the text is the biggest such container; the
  // rest (teasers in other <article> cards, sidebars without markup) is left out. Its headline may sit
  // just outside the container, so an <h1> is kept wherever it is.
  let chosen = -1;
  if (containers > 0) {
    const size = new Map<number, number>();
    for (const b of blocks)
      if (b.container >= 0) size.set(b.container, (size.get(b.container) ?? 0) + b.text.length);
    let best = 0;
    for (const [c, n] of size) if (n > best) [chosen, best] = [c, n];
  }
  const chosenBlocks =
    chosen >= 0 ? blocks.filter((b) => b.container === chosen || (b.h1 && b.container === -1)) : blocks;
  page.lines = chosenBlocks.map((b) => ({ text: b.text, breakBefore: true, heading: b.heading }));

  const h1Text = blocks.find((b) => b.h1)?.text;
  // "<Headline> | Site" / "<Headline> - Site": the site name is not part of the headline.
  const titleTag = titleText
    ?.replace(/\s+/g, " ")
    .trim()
    .replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, "");
  page.title = (ogTitle?.trim() || undefined) ?? page.title ?? h1Text ?? (titleTag || undefined);
  return page;
}
