// How the tagger's type meets the rules' guess from a name's shape: two to four proper words look like a
// person, unless the tagger finds an organisation or place there with score ≥ SURE_NOT_PERSON_SCORE.
// A stub tagger stands in for the model, so each case sets the score it needs.
import { describe, expect, it } from "vitest";
import { SURE_NOT_PERSON_SCORE } from "../../src/extract/tagged-names.js";
import { typeOf } from "./extract-helpers.js";

describe("the tagger against a name's shape", () => {
  const text = "The Quorel Vantis left interest rates unchanged on Thursday.";

  it("types two proper words as a person when the tagger says nothing sure", () => {
    expect(typeOf(text, "Quorel Vantis", "ORG", SURE_NOT_PERSON_SCORE - 0.05)).toBe("Person");
  });

  it("takes the tagger's organisation or place from SURE_NOT_PERSON_SCORE on", () => {
    expect(typeOf(text, "Quorel Vantis", "ORG", SURE_NOT_PERSON_SCORE)).toBe("Organization");
    expect(typeOf(text, "Quorel Vantis", "LOC", 0.7)).toBe("Place");
  });
});

describe("a name that talks is no place", () => {
  it("keeps two proper words a person when they talk, whatever place the tagger finds", () => {
    for (const text of [
      "The minister held talks with Quorel Vantis in the capital.",
      "Quorel Vantis said the talks went well.",
      "The envoy met Quorel Vantis on Friday.",
    ])
      expect(typeOf(text, "Quorel Vantis", "LOC", 0.7), text).toBe("Person");
    // Where nothing talks, the tagger's place stands.
    expect(typeOf("Fighting spread to Quorel Vantis on Friday.", "Quorel Vantis", "LOC", 0.7)).toBe("Place");
  });
});
