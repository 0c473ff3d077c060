/**
 * What a sentence asserts of the claims read in it. A question or an open hypothesis asserts none of them.
 * Nor does it assert a claim it rejects ("contrary to reports that X…", "these data challenge the notion that
 * X…"), reports as a former belief ("it was previously believed that X…"), names as a possibility or a model
 * ("a model in which X…"), supposes ("if X…", "had X…"), or quotes ("the statement "X" is wrong"). The rest
 * of the sentence it does assert: "If GSH is depleted, X…" claims X under a condition.
 */
import type { Claim } from './claims';

const HYPOTHESIS = /\b(whether|if and how|remains? (?:to be|unclear|unknown|elusive|controversial|debated|uncertain|an open question)|(?:is|are|was|were) (?:still )?(?:unclear|unknown|uncertain|debated|controversial)|we (?:asked|ask|tested|test|examined|examine|investigated|investigate|hypothesi[sz]ed|hypothesi[sz]e)|hypothes[ie]s|it is not known|open question|rather than)\b/i;

export function isHypothesis(sentence: string): boolean {
  return sentence.trimEnd().endsWith('?') || HYPOTHESIS.test(sentence);
}

/** A noun for what someone holds or held to be so, after the words that may come before it ("the earlier"). */
const HELD = String.raw`(?:(?:the|a|an|this|that|these|those|some|earlier|previous|prior|prevailing|common|commonly held|widespread|current|original|initial|long-standing|established|conventional|popular|general)\s+)*(?:reports?|claims?|views?|notions?|ideas?|beliefs?|assumptions?|suggestions?|proposals?|findings?|models?|dogma|consensus|paradigm|conclusions?|interpretations?)\b`;

/**
 * Where a claim the sentence does not make begins: a contrast with what is held, a verb that rejects it, a
 * belief dated to the past, a possibility or model named, or a supposition. Not "is thought to" or "suggest
 * that" alone: those hedge a claim the authors make.
 */
const NOT_ASSERTED = new RegExp(
  [
    String.raw`\b(?:contrary to|in contrast (?:to|with)|unlike|despite|against)\s+${HELD}`,
    String.raw`\b(?:challeng|refut|disprov|contradict|overturn|dispel|reject|rul(?:e|es|ed|ing) out|argu(?:e|es|ed|ing) against)\w*\s+${HELD}`,
    String.raw`\b(?:once|previously|long|originally|initially|formerly)\s+(?:been\s+)?(?:thought|believed|assumed|presumed|held|considered|claimed)\b`,
    String.raw`\b(?:possibility|possibilities|scenario|scenarios|model|models|notion|idea|premise|speculation|conjecture)\s+(?:that|in which|where|whereby)\b`,
    // "We did not observe that X…", "failed to show that X…"
    String.raw`(?:\b(?:not|never|failed to|fails? to|unable to)|n't)\s+(?:\w+\s+)?(?:observe|observed|find|found|see|seen|detect|detected|show|shown|demonstrate|demonstrated|confirm|confirmed|establish|established|reproduce|reproduced)\s+that\b`,
    // "We found no evidence that X…", "little support for the idea that X…"
    String.raw`\b(?:no|little|scant|limited|insufficient|weak|lack of|absence of)\s+(?:\w+\s+)?(?:evidence|support|indication|proof)\s+(?:(?:for|of)\s+(?:the\s+)?(?:idea|notion|view|claim|possibility)\s+)?that\b`,
    // "If X…", "…, if X": a supposition ("only if" and "even if" qualify the claim before them, and are left to it).
    String.raw`(?<!\b(?:only|even|as)\s)\bif\b`,
    // "Had X failed…", "Were X to…", "Should X…": a condition by inversion, opening the sentence.
    String.raw`^\s*(?:had|were|should)\b`,
  ].join('|'),
  'gi',
);

/** Quotations: a claim inside one is mentioned, not made. Straight and typographic double quotes. */
const QUOTATION = /"[^"]*"|“[^”]*”/g;

/** Where the clause of a claim not made ends: at the next clause mark or contrasting conjunction. */
const CLAUSE_END = /[,;:—]|\b(?:but|however|whereas|yet|although|though)\b/g;

/**
 * The claims of `sentence` that it asserts: none in a question or an open hypothesis, and none whose verb lies
 * in a clause it does not assert (`NOT_ASSERTED`) or in a quotation. Claim offsets count from the sentence's
 * start, as `sentence` does.
 */
export function assertedClaims(sentence: string, claims: readonly Claim[]): readonly Claim[] {
  if (isHypothesis(sentence)) return [];
  let asserted = claims;
  const leaveOut = (from: number, to: number): void => {
    asserted = asserted.filter((claim) => claim.verb.start < from || claim.verb.start >= to);
  };
  NOT_ASSERTED.lastIndex = 0;
  for (let match = NOT_ASSERTED.exec(sentence); match; match = NOT_ASSERTED.exec(sentence)) {
    CLAUSE_END.lastIndex = match.index + match[0].length;
    const to = CLAUSE_END.exec(sentence)?.index ?? sentence.length;
    leaveOut(match.index, to);
    NOT_ASSERTED.lastIndex = to;
  }
  QUOTATION.lastIndex = 0;
  for (let match = QUOTATION.exec(sentence); match; match = QUOTATION.exec(sentence)) leaveOut(match.index, match.index + match[0].length);
  return asserted;
}
