// Page furniture: the parts of a news page that are not the article. These are general patterns of
// news sites (comment forms, bylines, "Also read" links, breadcrumbs, share and cookie widgets,
// captions, player notices), so that relation extraction never quotes them as evidence.

export type FurnitureKind =
  | "comments"
  | "related"
  | "byline"
  | "author-bio"
  | "breadcrumb"
  | "widget"
  | "consent"
  | "caption"
  | "player"
  | "tagline"
  | "editor-note"
  | "promo"
  | "foreign-text";

/** Lines that end the article: everything from them on is comment forms or other articles' teasers. */
const CUT: RegExp[] = [
  /^leave a (reply|comment)\b/i,
  /^(post|add|write) a comment\b/i,
  /^your email address will not be published/i,
  /^please enter your (comment|name|email)/i,
  /^required fields are marked/i,
  /^(\d+\s+)?(comments?|responses?|replies)\s*(\(\d+\))?:?$/i,
  /^(you (may|might) also like|more articles|more stories|latest (articles?|news|stories)|related (articles?|posts?|stories|news|coverage)|recommended( for you| stories| articles)?|most (read|popular|viewed)|trending( now)?|popular (posts|stories)|more from [\w .]+|read next|up next|don'?t miss)\s*:?$/i,
];

/** Header lines of a teaser block; only cut when they sit in the back half of the page. */
const TEASER_HEADERS = CUT[CUT.length - 1];

/**
 * [kind, pattern, words]: a line is `kind` when it matches `pattern`. A pattern that may match anywhere
 * in a line lists `words`, lower-case text one of which every match contains: a long paragraph of prose
 * is checked for them with `includes` rather than by running the pattern over the whole of it.
 */
const DROP: Array<[FurnitureKind, RegExp, string[]?]> = [
  // "Also Read: <another headline>", "Read more: …", "See also …" point away from the article.
  ["related", /^(also read|read also|read more|see also|more on this|also see|must read|click here)\b/i],
  ["related", /^(related|recommended|don'?t miss|watch|listen|more)\s*(:|\||-|–|»|>)/i],
  ["related", /^(read|see) (the )?(full|original) (story|article)\b/i],
  // Bylines and credits: "By Jane Doe", "Written by …", "Reporting by …; Editing by …".
  ["byline", /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*\s*){1,4}(\s*(,|\||and|&|-|–)\s*.{0,60})?$/u],
  ["byline", /^(written|posted|published|edited|reported|compiled) by\b.{0,80}$/i],
  ["byline", /^(author|authors|writer|editor|reporter|correspondent)\s*:.{0,80}$/i],
  ["byline", /^\(?(reporting|additional reporting|writing|editing) by\b.{0,160}$/i],
  // Author bios: "<Name> has over 9 years of experience in …", "<Name> is a journalist who …".
  [
    "author-bio",
    // Starts with the author's name and is about writing: "a general who has 30 years of
    // experience" in a news story is article text.
    /^(\p{Lu}[\p{L}'’-]+\s){1,3}(has|brings|is a \S+ with) (over |more than |nearly |almost |about )?\d+\+? years?( of)? (experience|expertise)\b.*\b(journalis\w*|editor\w*|writ\w*|report\w*|news\w*|media|content|blog\w*|cover\w*|column\w*)/u,
  ],
  [
    "author-bio",
    /^(\p{Lu}[\p{L}'’-]+\s){1,3}is an? ((senior|staff|freelance|contributing|veteran|independent|award-winning)\s)*(journalist|writer|reporter|editor|correspondent|contributor|columnist|author)\b/u,
  ],
  // Breadcrumbs: "Home / World / …", "Home » …", "HomeWorld…" (separators lost in copying), and
  // the same in other languages.
  ["breadcrumb", /^(home|homepage|inicio|inici|início|accueil|startseite|главная)\s*(\/|»|›|>|\||·|::|→)/iu],
  ["breadcrumb", /^Home(?=\p{Lu})/u],
  ["breadcrumb", /^([\p{L}][\p{L} &'-]{0,25}\s(»|›|>|\/)\s){2,}/u],
  // Share / social / cookie / newsletter / subscription / advertising widgets.
  [
    "widget",
    /^(share( (this|on|via|article|story))?|tweet|pin it|email this|print( this)?|copy link|follow us( on)?|like us on|join us on)\b.{0,60}$/i,
  ],
  [
    "widget",
    /^((facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|pinterest|print|copy link)[\s,|·]*){2,}$/i,
  ],
  [
    "consent",
    /\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences)|manage consent)\b/i,
    ["cookie", "consent"],
  ],
  [
    "widget",
    /^(subscribe|sign up|newsletter|get (our|the) (daily|weekly|free|latest)|don'?t miss (out|a story))\b.{0,120}$/i,
  ],
  [
    "widget",
    /^(advertisement|sponsored( content)?|ad|ads by \S+|scroll to (continue|top)|story continues below( advertisement)?|continue reading)$/i,
  ],
  ["widget", /^(\d+\s*(min|minute)s? read|(updated|published|posted) \d+ (minutes?|hours?|days?) ago)$/i],
  ["widget", /^(©|copyright\b|\(c\)\s*\d{4}|all rights reserved)/i],
  ["widget", /^(privacy policy|terms (of (use|service)|and conditions)|contact us|about us)\b.{0,60}$/i],
  ["widget", /^(tags?|topics?|categories|filed under)\s*:.{0,200}$/i],
  // The outlet's own channels, written as a sentence: "For the latest stories follow our WhatsApp
  // channel", "Stay updated, follow us on Telegram." Not prose-guarded (they end in a full stop), so the
  // line must name a channel: "Stay tuned, join us tomorrow as the summit opens" is prose.
  [
    "promo",
    /^(for (all )?(the )?latest( [\w'’-]+){0,4}|stay (updated|informed|tuned)|to get( [\w'’-]+){0,3} updates),? (please )?(follow|download|join|subscribe to) (us|our)\b.{0,40}\b(channel|app|newsletter|page|account|feed|twitter|x|facebook|instagram|telegram|whatsapp|youtube|threads|linkedin|google news)\b.{0,40}$/i,
  ],
  [
    "promo",
    /^(follow|join) (us|our [\w ]{1,30}?) on (twitter|x|facebook|instagram|telegram|whatsapp|google news|youtube|threads|linkedin)\b.{0,60}$/i,
  ],
  // Image captions and credits.
  [
    "caption",
    /^\(?(photo|image|picture|pic|file photo|illustration|video|caption|credit|photograph|source image)\s*(:|\||credit|by\b|-|–)/i,
  ],
  [
    "caption",
    /\b(getty images|afp via getty|shutterstock|ap photo|reuters\/[a-z]|photo:|image credit|file photo)\b/i,
    ["getty", "shutterstock", "photo", "reuters/", "image credit"],
  ],
  ["caption", /^(an? |the )?(image|photo|picture|illustration) (of|showing|shows)\b.{0,200}$/i],
  // Media player and browser notices.
  [
    "player",
    /^(update required|flash plugin|to play the media|your browser (does not|doesn'?t) support|javascript is (disabled|required)|please enable javascript|this video is (not available|unavailable)|watch:? video|video player)\b/i,
  ],
  ["player", /\b(flash plugin|adobe flash)\b/i, ["flash"]],
  // Notes about how the text was produced ("Note: This rewrite prioritizes …", "This article was generated …").
  [
    "editor-note",
    /^(\(?(editor'?s )?note)\s*:?.{0,40}\b(rewrite|rewritten|paraphras\w*|e-e-a-t|seo|originality|generated|ai\b|this (article|version|text))/i,
  ],
  [
    "editor-note",
    /^this (article|rewrite|version|text|content) (was|has been|is) (generated|rewritten|written|created|produced) (with|by|using)\b/i,
  ],
];

/** Short lines advertising the site: "Breaking news and insights at example.com". */
const TAGLINE =
  /\b(breaking news|latest news|news (and|&) (insights|analysis|updates|views)|your (trusted|daily|number one|#1) (source|news)|news you can trust|stay informed)\b/i;
const DOMAIN =
  /\b((?:www\d?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|news|co|io|gov|edu|int|tv|ru|kr|kp|jp|cn|uk|de|fr|in|ng|ua|eu|us|ca|au))\b/i;

const PROSE_GUARDED: ReadonlySet<FurnitureKind> = new Set(["byline", "widget"]);

/** Function words: a long line without any is not English prose (alt text or widget text in another language). */
const ENGLISH = new Set(
  "the a an of to in on and or for with by at from as is are was were be been has have had that this which who it its not but he she they his her their will would said".split(
    " ",
  ),
);

export function domainOf(line: string): string | undefined {
  const m = DOMAIN.exec(line);
  return m ? m[1].toLowerCase() : undefined;
}

/** A line that is only a site's domain, as pages print their masthead: "example.com". */
export function isDomainLine(line: string): boolean {
  return /^(https?:\/\/)?(www\d?\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/?$/i.test(line.trim());
}

export function isCutLine(line: string): boolean {
  return CUT.slice(0, -1).some((re) => re.test(line));
}

export function isTeaserHeader(line: string): boolean {
  return TEASER_HEADERS.test(line);
}

const WORD = /\S+/g;

/** Words (runs of non-space) in `t`, counted up to `cap`. */
function countWords(t: string, cap: number): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < cap && WORD.test(t)) n++;
  return n;
}

/** Does any word of `t`, letters only, lower-cased, belong to ENGLISH? Stops at the first that does. */
function hasEnglishWord(t: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m; m = WORD.exec(t))
    if (ENGLISH.has(m[0].toLowerCase().replace(/[^\p{L}]/gu, ""))) return true;
  return false;
}

/** Why `line` is furniture, or undefined when it may be article text. */
export function furnitureKind(line: string): FurnitureKind | undefined {
  const t = line.trim();
  if (isTeaserHeader(t)) return "related";
  // Counted, not split: most lines are paragraphs of prose, and only "up to 16" and "12 or more" matter.
  const words = countWords(t, 17);
  // A full sentence that merely starts like a widget ("By Monday, troops had …", "Share prices fell …")
  // is prose; bylines, widgets and link lines are short and unpunctuated.
  const prose = words > 6 && /[.!?]["”’)]?$/.test(t);
  let lower: string | undefined;
  for (const [kind, re, words] of DROP) {
    if (prose && PROSE_GUARDED.has(kind)) continue;
    if (words && !words.some((w) => (lower ??= t.toLowerCase()).includes(w))) continue;
    if (re.test(t)) return kind;
  }
  if (words <= 16 && (TAGLINE.test(t) || (DOMAIN.test(t) && !/[.!?]["”’]?$/.test(t) && words <= 10)))
    return "tagline";
  if (words >= 12 && !hasEnglishWord(t)) return "foreign-text";
  return undefined;
}
