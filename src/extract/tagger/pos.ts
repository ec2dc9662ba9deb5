// Part-of-speech tags for a token array that did not come from wink-nlp (the training corpus, or a
// caller without tags): wink reads the tokens joined by spaces, and each token takes the tag of the
// wink token its first character falls in. geokg's own analysis passes wink's tags straight through.
import { tokenise } from "../nlp.js";

export function posTags(tokens: readonly string[]): string[] {
  const text = tokens.join(" ");
  const { values, tags, read } = tokenise(text);
  // wink may have read a copy with base letters for extended Latin ones, at the same offsets.
  const seen = read ?? text;
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    let at = seen.indexOf(v, cursor);
    if (at < 0 || at - cursor > 200) at = cursor;
    starts.push(at);
    cursor = at + v.length;
  }
  const out: string[] = [];
  let k = 0;
  let pos = 0;
  for (const t of tokens) {
    while (k + 1 < starts.length && starts[k + 1] <= pos) k++;
    out.push(tags[k] ?? "X");
    pos += t.length + 1;
  }
  return out;
}
