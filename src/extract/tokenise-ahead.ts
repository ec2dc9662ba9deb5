// Loaded by the reader thread (read/read-ahead.ts, option `prepare`) when one thread extracts: wink-nlp
// reads each article there, ahead of the extracting thread, which then only places the tokens and
// runs the rules — and never loads wink-nlp's model itself. The tokens are the same as if the
// extracting thread had read the article (wink's output depends on the article alone: nlp.ts).
import type { Article } from "../types.js";
import { getNlp, tokenise } from "./nlp.js";
import { packTokens, type PackedTokens } from "./packed-tokens.js";

// The model loads as the thread starts, while the files are opened.
getNlp();

/**
 * An article's tokens, packed; undefined when they cannot be made or packed: the extracting thread then
 * tokenises the article itself, and reports the failure as it would have (a rare path, so not sent).
 */
export function prepare(article: Article): PackedTokens | undefined {
  try {
    return packTokens(article.text, tokenise(article.text));
  } catch {
    return undefined;
  }
}
