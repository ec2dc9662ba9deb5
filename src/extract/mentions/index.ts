// Mentions: spans of text that name (or point to) an actor. Gazetteer forms first, then capitalised
// runs typed by their own words (classify.ts), by the words around them (context.ts) or by the tagger,
// then pronouns and role references; titles and appositions are attached last (titles.ts).
export { findMentions } from "./find.js";
export type { Mention, MentionKind } from "./mention.js";
