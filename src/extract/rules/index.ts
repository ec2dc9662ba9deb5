// The relation rules in the order they run. A new rule is a new file here and a line below: a
// sentence rule takes the RuleContext; a rule anchored on the receiving end goes in RECIPIENT_RULES;
// single-word triggers join TRIGGERS so that one pass per sentence finds them all.
import { triggerIndex } from "../trigger-words.js";
import type { SentenceRule } from "./context.js";
import { backedBy } from "./backed-by.js";
import { met } from "./met.js";
import { RECEIVE, receivedFrom } from "./received-from.js";
import { byRecipient, type RecipientRule } from "./recipients.js";
import { signed, SIGN, AGREEMENT } from "./signed.js";
import { support, SUPPORT } from "./support.js";
import { SEND, SUPPLY, transfer, troopsFollow } from "./transfer.js";
import { visited } from "./visited.js";

export { affiliations } from "./affiliation.js";
export { RuleContext } from "./context.js";

/** Every rule's single-word triggers, scanned in one pass per sentence the first time a rule asks. */
export const TRIGGERS = triggerIndex({
  send: SEND,
  supply: SUPPLY,
  support: SUPPORT,
  sign: SIGN,
  agreement: AGREEMENT,
  receive: RECEIVE,
});
export type TriggerKind = (typeof TRIGGERS.kinds)[number];

/** Troops, arms and aid, then support, recipient by recipient. */
export const RECIPIENT_RULES: readonly RecipientRule[] = [transfer, support];

/** Run in this order on each sentence; affiliations run once before them. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  met,
  visited,
  byRecipient(RECIPIENT_RULES),
  receivedFrom,
  troopsFollow,
  backedBy,
  signed,
];
