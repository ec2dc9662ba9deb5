// How a sentence presents a fact. Checked on the clause around the relation's trigger, strongest
// marker first: a denial or a plan is never reported as done.
import type { Certainty } from "../types.js";

const DENIED =
  /\b(?:denied|denies|deny|denying|rejected (?:claims|reports)|did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|was not|wasn't|were not|weren't|is not|isn't|are not|aren't|won't|cannot|can't|never|no evidence|refused to|declined to|failed to|(?:cast|casts|casting) doubts? on|block|blocks|blocked|blocking|halt|halted|halts|suspend|suspended|suspends|cut off|withdrew|withdraw|withdraws|withdrawn|cancell?ed|cancels|cancel|called off|calls off|scrapped|scraps|scrap|postponed|postpones|postpone|shelved|put off|opposed|opposes|oppose|opposing|no (?:meeting|meetings|talks|visit|contact|agreement|deal|troops|soldiers|weapons|arms))\b/i;
const PLANNED =
  /\b(?:will|would|shall|(?<!(?:in|on|since|by|of|last|next|early|late|mid|until|from|this) )may(?!\s*\d)|might|could|plans? to|planned to|planning to|intends? to|intended to|intention to|expected to|expects? to|set to|to be signed|is to|are to|aims? to|hopes? to|seeks? to|seeking|seek|wants? to|wanted to|wished to|promised to|promises to|pledged to|pledges to|vowed to|vows to|threatened to|threatens to|agreed to|(?:agreed|agrees|decided|arranged) with [^.;:,]{1,60}? to (?:sign|meet|hold|send|deploy|supply|deliver|visit)|invited (?:[a-z-]+ ){0,3}to|invitation to|would like to|offered to|ready to|willing to|called for|calls? for|urged|urges|should|if|unless|upcoming|proposed|prepares? to|preparing to|scheduled to|likely to|possible|potentially)\b/i;
const ALLEGED =
  /\b(?:accused|accuses|accusing|accusation|allegedly|alleged|alleges|claims?|claimed|suspected of)\b/i;
const REPORTED =
  /\b(?:according to|reportedly|reports? (?:indicate|suggest|say|said|show)|reported|is believed|are believed|was believed|believed to|appears? to|appeared to|said to|assessments? (?:indicate|suggest|say)|sources? said|estimated)\b/i;

/** "Reports that A sent arms to B were denied": the report, and so its facts, denied after the fact. */
const REPORTS_DENIED =
  /\b(?:reports?|claims?|allegations?)\b[^.;]{0,160}\b(?:were|was|have been|has been) (?:denied|dismissed|rejected)\b/i;

/** What a whole sentence says of every fact in it: read once per sentence, however many relations it holds. */
export interface SentenceMarks {
  denied: boolean;
  alleged: boolean;
  reported: boolean;
}

export function sentenceMarks(sentence: string): SentenceMarks {
  return {
    denied:
      /\b(?:a claim|claims?) denied\b/i.test(sentence) ||
      /\b(?:denied|denies) (?:that|reports|claims)\b/i.test(sentence) ||
      REPORTS_DENIED.test(sentence),
    alleged: ALLEGED.test(sentence.slice(0, 60)),
    reported: REPORTED.test(sentence),
  };
}

/** Certainty of a relation from the text of its clause (trigger and ends) and of its whole sentence. */
export function certaintyOf(clause: string, sentence: string | SentenceMarks): Certainty {
  const marks = typeof sentence === "string" ? sentenceMarks(sentence) : sentence;
  if (DENIED.test(clause) || marks.denied) return "denied";
  if (PLANNED.test(clause)) return "planned";
  if (ALLEGED.test(clause) || marks.alleged) return "alleged";
  if (marks.reported) return "reported";
  return "asserted";
}
