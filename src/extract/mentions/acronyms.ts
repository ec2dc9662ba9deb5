// Acronyms tied to the names they stand for, in brackets or by initials.
import type { Analysed } from "../nlp.js";
import { Mention } from "./mention.js";

/**
 * The mention an acronym at token i stands for: the name right before "(ACRONYM)", remembered for the
 * rest of the article, or the one remembered. Only organisations and places take acronyms here.
 */
export function acronymOf(
  doc: Analysed,
  mentions: Mention[],
  acronyms: Map<string, number>,
  i: number,
): number | undefined {
  const t = doc.texts[i];
  const known = acronyms.get(t);
  if (known !== undefined) return known;
  const k = mentions.length - 1;
  const prev = mentions[k];
  const right =
    doc.texts[i - 1] === "(" &&
    doc.texts[i + 1] === ")" &&
    prev?.kind === "name" &&
    (prev.possessive ? prev.tokEnd + 1 : prev.tokEnd) === i - 1 &&
    (prev.type === "Organization" || prev.type === "Place");
  // "the Libyan National Army … the LNA": the initials of a name the article gave, when not in brackets.
  const found = right ? k : byInitials(mentions, t);
  if (found !== undefined) acronyms.set(t, found);
  return found;
}

const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "&", "-", "'s", "’s", "'", "’"]);

/** The organisation mention (latest first) whose words' initials spell the acronym `t`. */
function byInitials(mentions: Mention[], t: string): number | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.kind !== "name" || m.type !== "Organization") continue;
    let initials = "";
    for (const w of m.surface.split(/[\s-]+/)) if (w && !INITIALS_SKIP.has(w.toLowerCase())) initials += w[0];
    if (initials.length >= 2 && initials.toUpperCase() === t) return k;
  }
  return undefined;
}
