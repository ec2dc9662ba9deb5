// "the North Korean leader", "the top diplomat": a role standing for a person named elsewhere.
import type { GazetteerMatch } from "../gazetteer/index.js";
import type { ExtractorState } from "../state.js";
import type { Analysed } from "../nlp.js";
import { mayStart } from "./gazetteer-scan.js";
import { isCap, isPossessiveAt } from "./mention.js";

const REF_ROLES = [
  "foreign minister",
  "defence minister",
  "defense minister",
  "prime minister",
  "top diplomat",
  "leader",
  "president",
  "premier",
  "chancellor",
  "official",
  "diplomat",
  "envoy",
  "minister",
  "spokesperson",
  "spokesman",
  "visitor",
  "guest",
  "counterpart",
];

const REF_ROLE_WORDS = REF_ROLES.map((r) => ({ role: r, words: r.split(" ") }));
const REF_FIRST = new Set(REF_ROLE_WORDS.map((r) => r.words[0]));

/** A role reference: the state named in it (its match at token `at`), the role, where the role starts and ends. */
export interface RoleReference {
  state?: { match: GazetteerMatch; at: number };
  role: string;
  roleStart: number;
  end: number;
}

/**
 * "the North Korean leader", "the Russian president", "the top diplomat" — a role standing for a
 * person, when no name follows, nor a name in apposition ("the Kenyan president, X,": a title of X's).
 */
export function roleReference(
  doc: Analysed,
  ex: ExtractorState,
  i: number,
  end: number,
): RoleReference | undefined {
  const { texts, lowers } = doc;
  let j = i + 1;
  let state: RoleReference["state"];
  if (isCap(doc, j)) {
    if (!mayStart(ex, texts[j], lowers[j])) return undefined;
    const m = ex.gaz.matchAt(texts, j, Math.min(end, j + 4));
    if (!m || m.entry.type !== "Country") return undefined;
    state = { match: m, at: j };
    j += m.length;
    if (isPossessiveAt(doc, j)) j++;
  }
  const roleStart = j;
  if (!REF_FIRST.has(lowers[j] ?? "")) return undefined;
  const rest = [lowers[j], lowers[j + 1]];
  for (const { role: r, words } of REF_ROLE_WORDS) {
    if (words.every((w, k) => rest[k] === w)) {
      const after = j + words.length;
      // A name after the role, or after its comma, makes it a title, handled elsewhere.
      if (isCap(doc, after) || (texts[after] === "," && isCap(doc, after + 1))) return undefined;
      if (!state && r !== "top diplomat") return undefined;
      return { state, role: r === "top diplomat" ? "foreign minister" : r, roleStart, end: after };
    }
  }
  return undefined;
}
