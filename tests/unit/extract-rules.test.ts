// The relation rules one at a time, over the shared sentence context, on sentences written for these
// tests: a new rule (src/extract/rules/) gets a test here.
import { describe, expect, it } from "vitest";
import { entityNames, extract } from "./extract-helpers.js";
import { loadGazetteer } from "../../src/extract/gazetteer/index.js";
import { findMentions } from "../../src/extract/mentions/index.js";
import { analyse } from "../../src/extract/nlp.js";
import type { RawRelation } from "../../src/extract/relations.js";
import { resolveMentions, resolvePronouns } from "../../src/extract/resolve.js";
import type { SentenceRule } from "../../src/extract/rules/context.js";
import {
  affiliations,
  RuleContext,
  SENTENCE_RULES,
  TRIGGERS,
  RECIPIENT_RULES,
} from "../../src/extract/rules/index.js";
import { met } from "../../src/extract/rules/met.js";
import { ExtractorState } from "../../src/extract/state.js";
import { byRecipient } from "../../src/extract/rules/recipients.js";
import { signed } from "../../src/extract/rules/signed.js";
import { support } from "../../src/extract/rules/support.js";
import { transfer } from "../../src/extract/rules/transfer.js";
import { visited } from "../../src/extract/rules/visited.js";

const gaz = loadGazetteer();
const state = new ExtractorState(gaz);

/** The context of an article, affiliations done, and a way to name an entity. */
function contextOf(text: string): { ctx: RuleContext; name: (id: string) => string } {
  const doc = analyse(text);
  const mentions = findMentions(doc, state);
  const res = resolveMentions(doc, mentions, state);
  resolvePronouns(doc, mentions, res);
  const ctx = new RuleContext(doc, text, mentions, res, gaz, TRIGGERS);
  affiliations(ctx);
  const name = (id: string): string => res.entities.get(id)?.name ?? gaz.byId(id)?.name ?? id;
  return { ctx, name };
}

/** What the rules alone find in the text (affiliations left out), as "TYPE Source -> Target" in order found. */
function run(text: string, rules: readonly SentenceRule[]): { lines: string[]; raw: RawRelation[] } {
  const { ctx, name } = contextOf(text);
  const from = ctx.out.length;
  for (const s of ctx.doc.sentences) if (ctx.enter(s)) for (const rule of rules) rule(ctx);
  const raw = ctx.out.slice(from);
  return { lines: raw.map((r) => `${r.type} ${name(r.source)} -> ${name(r.target)}`), raw };
}

const lines = (text: string, rules: readonly SentenceRule[]): string[] => run(text, rules).lines;

describe("relation rules, one at a time", () => {
  it("met: 'held talks with', and nothing from the other rules' sentences", () => {
    const text =
      "Indian Prime Minister Ravi Kumaran held talks with Brazilian President Lucia Santana in Geneva.";
    expect(lines(text, [met])).toEqual(["MET Ravi Kumaran -> Lucia Santana"]);
    expect(lines(text, [visited])).toEqual([]);
    expect(lines("Brazil signed a defence pact with Argentina.", [met])).toEqual([]);
  });

  it("visited: 'arrived in' a capital is a visit to its country", () => {
    expect(lines("Kenyan President Amani Otieno arrived in Addis Ababa on Monday.", [visited])).toEqual([
      "VISITED Amani Otieno -> Ethiopia",
    ]);
  });

  it("transfer: troops with their number, and a source carried to the next sentence", () => {
    const { lines: found, raw } = run(
      "Brazil sent 1,200 troops to Angola in March. Later, more troops were sent to Mozambique, officials said.",
      [byRecipient([transfer])],
    );
    expect(found).toEqual(["SENT_TROOPS_TO Brazil -> Angola", "SENT_TROOPS_TO Brazil -> Mozambique"]);
    expect(raw.map((r) => r.quantity)).toEqual([1200, undefined]);
  });

  it("transfer: arms delivered, and military aid provided (arms and support)", () => {
    expect(lines("Poland delivered artillery shells to Ukraine.", [byRecipient([transfer])])).toEqual([
      "SUPPLIED_ARMS_TO Poland -> Ukraine",
    ]);
    expect(lines("Poland provided military aid to Ukraine.", [byRecipient([transfer])])).toEqual([
      "SUPPLIED_ARMS_TO Poland -> Ukraine",
      "SUPPORTS Poland -> Ukraine",
    ]);
  });

  it("support: possessive support and expressed support, without the transfer rule", () => {
    const rules = [byRecipient([support])];
    expect(lines("Germany's support for Ukraine was reaffirmed on Monday.", rules)).toEqual([
      "SUPPORTS Germany -> Ukraine",
    ]);
    expect(lines("France expressed support for Lebanon.", rules)).toEqual(["SUPPORTS France -> Lebanon"]);
    expect(lines("Poland delivered artillery shells to Ukraine.", rules)).toEqual([]);
  });

  it("signed: 'signed … with', a coordinated group, and 'the two leaders' after a meeting", () => {
    expect(lines("Brazil signed a defence pact with Argentina.", [signed])).toEqual([
      "SIGNED_AGREEMENT Brazil -> Argentina",
    ]);
    expect(lines("Brazil, Argentina and Chile concluded an accord on rivers.", [signed])).toEqual([
      "SIGNED_AGREEMENT Brazil -> Argentina",
      "SIGNED_AGREEMENT Brazil -> Chile",
      "SIGNED_AGREEMENT Argentina -> Chile",
    ]);
    const text =
      "Indian Prime Minister Ravi Kumaran met Brazilian President Lucia Santana in Geneva. The two leaders signed a trade agreement.";
    // The pair comes from the meeting rule: without it the second sentence has no parties.
    expect(lines(text, [signed])).toEqual([]);
    expect(lines(text, [met, signed])).toEqual([
      "MET Ravi Kumaran -> Lucia Santana",
      "SIGNED_AGREEMENT India -> Brazil",
    ]);
  });
});

describe("rules in order", () => {
  it("recipient rules run recipient by recipient, each rule on one before the next", () => {
    // Support for the first recipient comes before troops to the second: not all troops first.
    const text = "Poland backed Ukraine, while Germany sent 300 troops to Lithuania.";
    expect(lines(text, [byRecipient(RECIPIENT_RULES)])).toEqual([
      "SUPPORTS Poland -> Ukraine",
      "SENT_TROOPS_TO Germany -> Lithuania",
    ]);
    expect(lines(text, SENTENCE_RULES)).toEqual(lines(text, [byRecipient(RECIPIENT_RULES)]));
  });
});

describe("sentence context", () => {
  it("passes over headlines and sentences with a single end and nothing carried over", () => {
    const { ctx } = contextOf("Brazil And Argentina Sign Pact\n\nBrazil said on Monday it was ready.");
    const [headline, body] = ctx.doc.sentences;
    expect(headline.headline).toBe(true);
    expect(ctx.enter(headline)).toBe(false);
    expect(ctx.enter(body)).toBe(false);
  });

  it("reads a last paragraph cut off mid-sentence as prose, not as a heading", () => {
    const cut = contextOf(
      "Kenya said on Monday it was ready.\n\nLater that week the new chairwoman of the water board, Ruth Wanjiku, told farmers in Nakuru that the dams would open before the",
    ).ctx.doc.sentences;
    expect(cut.map((s) => s.headline)).toEqual([false, false]);
    // A short tail, a Title Case line or a page of headings stays a heading.
    const short = contextOf("Kenya said on Monday it was ready.\n\nMore on the summit here").ctx.doc
      .sentences;
    expect(short[1].headline).toBe(true);
    const title = contextOf(
      "Kenya said on Monday it was ready.\n\nKenya And Ethiopia Sign A Pact On Water And Power",
    ).ctx.doc.sentences;
    expect(title[1].headline).toBe(true);
    const headings = contextOf(
      "Kenya Talks\n\nthe board said that the dams would open before the rains came to the valley",
    ).ctx.doc.sentences;
    expect(headings[1].headline).toBe(true);
    expect(
      entityNames(
        extract(
          "Kenya said on Monday it was ready.\n\nLater that week the new chairwoman of the water board, Ruth Wanjiku, told farmers in Nakuru that the dams would open before the",
        ),
        "Person",
      ),
    ).toEqual(["Ruth Wanjiku"]);
  });

  it("cuts clauses at the right places when lowercasing changes the text's length", () => {
    // "İ" lowercases to two code units: the lowered copy of the text no longer lines up with it.
    const text = "İzmir officials said Poland delivered artillery shells to Ukraine.";
    expect(text.toLowerCase().length).not.toBe(text.length);
    const { raw } = run(text, [byRecipient([transfer])]);
    expect(raw.map((r) => r.clause)).toEqual([text.slice(0, text.indexOf(".")).toLowerCase()]);
  });
});
