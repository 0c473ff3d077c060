/**
 * What a sentence asserts of the claims read in it. A question asserts none of them, an open hypothesis none of its clause.
 * Nor does it assert a claim it rejects ("contrary to reports that X…", "these data challenge the notion that
 * X…"), reports as a former belief ("it was previously believed that X…"), names as a possibility or a model
 * ("a model in which X…"), supposes ("if X…", "had X…"), or quotes ("the statement "X" is wrong"). The rest
 * of the sentence it does assert: "If GSH is depleted, X…" claims X under a condition.
 */
import type { Claim, Tokens } from '../claims';

const HYPOTHESIS = /\b(whether|if and how|remains? (?:to be|unclear|unknown|elusive|controversial|debated|uncertain|untested|unproven|speculative|hypothetical|an open question)|(?:is|are|was|were) (?:still )?(?:unclear|unknown|uncertain|debated|controversial)|we (?:asked|ask|tested|test|examined|examine|investigated|investigate|hypothesi[sz]ed|hypothesi[sz]e)|hypothes[ie]s|it is not known|open question)\b/i;

/**
 * "To ask (test, see…) whether X, we…": the purpose, up to the comma before those who did it: "we", "they", "the
 * authors", "Tang et al.", "Zhang and colleagues".
 */
const PURPOSE_ASKING = /^\W*(?:to|in order to)\s+(?:ask|test|determine|examine|assess|see|check|learn|establish|investigate|address|find out)\s+(?:whether|if)\b[^;:]*?,(?=\s*(?:(?:we|they|i)\s|the\s+(?:authors|team|group|investigators|researchers)\b|[A-Z][\w'’-]+\s+(?:et\s+al\b|and\s+(?:colleagues|co-?workers)\b)))/i;

/** A noun for what someone holds or held to be so, after the words that may come before it ("the earlier"). */
const HELD = String.raw`(?:(?:the|a|an|this|that|these|those|some|earlier|previous|prior|prevailing|common|commonly held|widespread|current|original|initial|long-standing|established|conventional|popular|general)\s+)*(?:reports?|claims?|views?|notions?|ideas?|beliefs?|assumptions?|suggestions?|proposals?|findings?|models?|dogma|consensus|paradigm|conclusions?|interpretations?)\b`;

/**
 * Where a claim the sentence does not make begins, by the word that opens it: a contrast with what is held, a
 * verb that rejects it, a belief dated to the past, a possibility or model named, a denial that it was seen.
 * Each pattern is tried only where a sentence has its first word (a search through every sentence for all of
 * them took two microseconds a sentence). Not "is thought to" or "suggest that" alone: those hedge a claim the
 * authors make.
 */
const FRAMES: readonly { readonly words: string; readonly pattern: string }[] = [
  { words: 'contrary in unlike despite against', pattern: String.raw`(?:contrary to|in contrast (?:to|with)|unlike|despite|against)\s+${HELD}` },
  {
    words: `challenge challenges challenged challenging refute refutes refuted refuting disprove disproves disproved disproving
      contradict contradicts contradicted contradicting overturn overturns overturned overturning dispel dispels dispelled
      dispelling reject rejects rejected rejecting rule rules ruled ruling argue argues argued arguing`,
    pattern: String.raw`(?:challeng|refut|disprov|contradict|overturn|dispel|reject|rul(?:e|es|ed|ing) out|argu(?:e|es|ed|ing) against)\w*\s+${HELD}`,
  },
  {
    words: 'once previously long originally initially formerly',
    pattern: String.raw`(?:once|previously|long|originally|initially|formerly)\s+(?:been\s+)?(?:thought|believed|assumed|presumed|held|considered|claimed|regarded|viewed|seen|described|portrayed|depicted|characteri[sz]ed)\b`,
  },
  {
    words: 'possibility possibilities scenario scenarios model models notion idea premise speculation conjecture view views belief beliefs assumption assumptions claim claims proposal dogma suggestion suggestions misconception misconceptions misreading misreadings myth misunderstanding expectation expectations prediction predictions worry worries concern concerns fear fears hope hopes impression intuition',
    pattern: String.raw`(?:possibility|possibilities|scenario|scenarios|model|models|notion|idea|premise|speculation|conjecture|views?|beliefs?|assumptions?|claims?|proposal|dogma|suggestions?|misconceptions?|misreadings?|myth|misunderstanding|expectations?|predictions?|worry|worries|concerns?|fears?|hopes?|impression|intuition)\s+(?:(?:is|was|remains|would be)\s+)?(?:that|in which|where|whereby)\b`,
  },
  // "A statement that still circulates in the literature, that FSP1 acts inside mitochondria, does not hold": the
  // content of a view set off after it, past what is said of the view.
  {
    words: 'statement statements claim claims idea notion view belief assertion contention dogma',
    pattern: String.raw`(?:statements?|claims?|idea|notion|view|belief|assertion|contention|dogma)\b[^.;:,]{0,80},\s*that\b`,
  },
  // "Our earlier draft stated that X; this was an error", "our original sentence described FSP1 as…", "our
  // original model treated ferroportin as an importer": a wording (or a model) the authors withdraw.
  {
    words: 'earlier original previous first initial old',
    // "An earlier version of this entry drew system Xc⁻ as an exporter": a curated entry or a figure withdrawn too.
    pattern: String.raw`(?:earlier|original|previous|first|initial|old)\s+(?:draft|version|sentence|text|manuscript|wording|submission|phrasing|entry|annotation|figure|diagram|map|legend|model|scheme|network)\s+(?:of\s+(?:this|the|our)\s+\w+\s+)?(?:\w+\s+)?(?:stated|said|claimed|described|suggested|read|implied|asserted|called|drew|depicted|showed|listed|annotated|labell?ed|portrayed|presented|treated|modell?ed|represented|encoded|assumed|included)\b`,
  },
  // "A misconception I keep seeing on here: that p53 protects…", "Common myth — FSP1 drives ferroptosis": what a
  // colon or a dash after a word of error introduces is the error, named to be corrected.
  {
    words: 'misconception misconceptions myth myths misunderstanding misunderstandings mistake mistakes fallacy',
    pattern: String.raw`(?:misconceptions?|myths?|misunderstandings?|mistakes?|fallacy)\b[^.;:?!]{0,60}?\s*[:—–]\s*(?:that\b)?`,
  },
  // "I've reverted the edit that said p53 induces SLC7A11\", "the sentence which claimed that…": a wording under
  // discussion, quoted to be judged, on a talk page or in a review of a text.
  {
    words: 'edit edits revision revisions sentence sentences statement statements wording line lines passage paragraph',
    pattern: String.raw`(?:edit|edits|revision|revisions|sentence|sentences|statement|statements|wording|line|lines|passage|paragraph)\s+(?:that|which)\s+(?:\w+\s+)?(?:said|says|stated|states|claimed|claims|read|reads|asserted|asserts|added|introduced|described|describes|called|calls|listed|lists)\b`,
  },
  // "GPX4 is sometimes described as though it generated lipid hydroperoxides; it does the opposite": what a thing
  // is spoken of "as though" (or "as if") it did is not said to be so.
  {
    words: 'though if',
    pattern: String.raw`(?<=\bas\s+)(?:though|if)\s+(?:it|they|this|these|that|those|the|a|an|[^\s,;:.]+\s+(?:were|was|is|are|had|could|would|did))\b`,
  },
  // "We initially hypothesized that X…; however…", "One might have expected erastin to be cytotoxic…": what was
  // expected is not what is claimed, with an apposition or not ("expect erastin, a ferroptosis inducer, to kill…").
  {
    words: 'hypothesized hypothesised expected expect expects predicted assumed reasoned speculated anticipated postulated surmised posited presumed conjectured',
    pattern: String.raw`(?:hypothesi[sz]ed|expected|expects?|predicted|assumed|reasoned|speculated|anticipated|postulated|surmised|posited|presumed|conjectured)\s+(?:that\b|[^\s,;:.]+(?:\s+[^\s,;:.]+){0,3}?(?:\s*,[^,;:.]{1,60},)?\s+(?:to|would|will|should|might|could)\s)`,
  },
  // "The reviewer suggested that X…": a view the authors report, here to answer it.
  {
    words: 'reviewer reviewers referee referees',
    pattern: String.raw`(?:reviewers?|referees?)\s+(?:\w+\s+)?(?:suggested|suggests|proposed|proposes|argued|argues|wondered|speculated|claimed|claims|hypothesi[sz]ed|asked|asks)\s+(?:that|whether|if)\b`,
  },
  // "It has been argued that X…", "Some have claimed that X…", "It has been suggested that X…": a view the
  // authors hold at arm's length, with no one named (not "it has been shown/reported that", which they take up).
  {
    words: 'it some others several critics',
    // "It is sometimes said (often assumed) that X…": a view reported as others' habit, which the writer goes on to weigh.
    pattern: String.raw`(?:it\s+(?:has\s+been|had\s+been|was|is)\s+(?:sometimes|often|commonly|widely|frequently|occasionally)\s+(?:said|thought|believed|assumed|stated|claimed|argued|suggested)\s+that\b|(?:it\s+(?:has\s+been|had\s+been|was|is)|(?:some|others|several)(?:\s+(?:authors|groups|investigators|researchers|studies))?\s+(?:have\s+|had\s+)?|critics\s+(?:have\s+)?)\s*(?:argued|claimed|contended|speculated|postulated|asserted|alleged|suggested|proposed)\s+that\b)`,
  },
  // "I first wrote that Fer-1 amplifies the M1 shift—that is wrong": what the writer once wrote (said, thought) is
  // quoted to be corrected, not stated. (Not "we showed (found) that", which they stand by.)
  {
    words: 'i we',
    pattern: String.raw`(?:i|we)\s+(?:first|initially|originally|previously|once|had|at\s+first)\s+(?:\w+\s+)?(?:wrote|written|said|stated|thought|believed|assumed|claimed|argued)\s+that\b`,
  },
  // "FSP1 has been proposed to act at mitochondria", "X had been claimed to…": the same view at arm's length, said
  // of its subject. (Not "has been shown (found, reported) to", which the authors take up.)
  {
    words: 'has have had',
    pattern: String.raw`(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:proposed|suggested|claimed|postulated|speculated|hypothesi[sz]ed|alleged)\s+to\b`,
  },
  // "Several candidates claimed that CD36 protects…", "students often describe ferroportin as an importer": what
  // learners wrote, reported to be marked wrong.
  {
    words: 'candidates students trainees learners examinees respondents',
    pattern: String.raw`(?:candidates|students|trainees|learners|examinees|respondents)\s+(?:\w+\s+)?(?:claimed|claim|claims|stated|state|states|described|describe|describes|assumed|assume|assumes|believed|believe|believes|wrote|write|writes|argued|argue|argues|thought|think|thinks|said|say|says|confused|confuse|confuses|answered|answer|answers)\b(?:\s+that\b)?`,
  },
  // "They describe system Xc⁻ as a glutamate importer", "they claim that…": what others wrote, reported (by a
  // reviewer, a blogger, a correspondent) to be weighed, not the writer's own claim. ("They showed that" is.)
  {
    words: 'they',
    pattern: String.raw`they\s+(?:\w+ly\s+)?(?:describe|described|claim|claimed|state|stated|call|called|write|wrote|argue|argued|assert|asserted|portray|portrayed|label|labelled|labeled)\b(?:\s+that\b)?`,
  },
  // "You may hear that iron overload pushes macrophages towards M2", "you will often read that…": what the reader
  // is told others say, set up to be answered.
  {
    words: 'you',
    pattern: String.raw`you\s+(?:(?:may|might|will|could|can|often|sometimes|still|also|ll|'ll|’ll|have|probably)\s+){0,3}(?:hear|heard|read)\s+(?:\w+\s+){0,2}?(?:that|it\s+(?:said|claimed|argued|stated|written)\s+that)\b`,
  },
  // "Users sometimes assume that cisplatin lowers PD-L1", "one KOL worried that selenium would…", "Some HCPs assume
  // that…": a view held by people the writer reports on, not the writer's claim. ("We assume that" is the writer's own.)
  {
    words: 'users people others colleagues reviewers reviewer clinicians investors readers kol kols critics sceptics skeptics newcomers practitioners physicians oncologists commentators observers audiences many some most several few',
    pattern: String.raw`(?:users|people|others|colleagues|reviewers?|clinicians|investors|readers|kols?|critics|sceptics|skeptics|newcomers|practitioners|physicians|oncologists|commentators|observers|audiences|(?:many|some|most|several|few)(?:\s+(?!that\b)[A-Za-z][\w-]*){0,2}?)\s+(?:(?:\w+ly|often|sometimes|usually|always|still|also|may|might|have|had|once|long)\s+){0,2}(?:assumes?|assumed|worry|worries|worried|fears?|feared|believes?|believed|think|thinks|thought|suspects?|suspected|expects?|expected|hopes?|hoped|feels?|felt|presumes?|presumed|imagines?|imagined|insists?|insisted|maintains?|maintained|argues?|argued|claims?|claimed)\s+that\b`,
  },
  // A referee's report: "The authors cite liraglutide as a ferroptosis inducer", "The Introduction states that p53
  // induces SLC7A11": what the manuscript under review says, restated to be corrected. ("The Discussion implied
  // FSP1 promotes ferroptosis": what a text only implied, too.)
  {
    words: 'authors introduction manuscript discussion abstract paper submission',
    pattern: String.raw`(?:authors|introduction|manuscript|discussion|abstract|paper|submission)\s+(?:\w+\s+)?(?:cite|cites|cited|state|states|stated|claim|claims|claimed|write|writes|wrote|describe|describes|described|assert|asserts|asserted|say|says|said|conclude|concludes|concluded|call|calls|called|label|labels|labelled|labeled|imply|implies|implied)\b(?:\s+that\b)?`,
  },
  // "Common error (Q33): stating that erastin kills PBMCs": a mistake named, then what it says.
  {
    words: 'error errors mistake mistakes pitfall pitfalls',
    pattern: String.raw`(?:errors?|mistakes?|pitfalls?)\s*(?:\([^)]*\))?\s*:?\s*(?:\w+\s+){0,2}?(?:stating|claiming|saying|writing|assuming|describing|believing|answering|thinking)\b(?:\s+that\b)?`,
  },
  // "It is wrong to say that FSP1 promotes ferroptosis", "it is a mistake to think that…": what follows is judged
  // wrong by the writer.
  {
    words: 'wrong incorrect mistake error misleading inaccurate false untrue',
    pattern: String.raw`(?:wrong|incorrect|mistake|error|misleading|inaccurate|false|untrue)\s+to\s+(?:say|think|claim|state|assume|believe|suggest|describe|write|call|conclude|argue|imply|portray|present)\b(?:\s+that\b)?`,
  },
  // "…induces ferroptosis by blocking system Xc⁻ rather than by acting on GPX4": the alternative set aside.
  // Only an action set aside: "glutamate rather than cysteine is rate-limiting" still claims what it says of glutamate.
  { words: 'rather instead', pattern: String.raw`(?:rather than|instead of)\s+(?:(?:by|through|via)\s+)?\w+ing\b` },
  // "We did not observe that X…", "failed to show that X…"
  {
    words: "not never failed fails fail unable n't",
    pattern: String.raw`(?:not|never|failed to|fails? to|unable to|\w*n't)\s+(?:\w+\s+)?(?:observe|observed|find|found|see|seen|detect|detected|show|shown|demonstrate|demonstrated|confirm|confirmed|establish|established|reproduce|reproduced)\s+that\b`,
  },
  // "No (included knockout) study found that X…", "None of the trials showed that X…"
  {
    words: 'no none',
    pattern: String.raw`(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+){0,3}(?:studies|study|reports?|trials?|groups?|papers?|authors?|analyses|analysis|experiments?|screens?|cohorts?)\s+(?:has\s+|have\s+|had\s+)?(?:found|showed|shown|reported|demonstrated|observed|detected|confirmed|supported|identified)\s+that\b`,
  },
  // "We found no evidence that X…", "little support for the idea that X…"
  {
    words: 'no little scant limited insufficient weak lack absence',
    pattern: String.raw`(?:no|little|scant|limited|insufficient|weak|lack of|absence of)\s+(?:\w+\s+)?(?:evidence|support|indication|proof)\s+(?:(?:for|of)\s+(?:the\s+)?(?:idea|notion|view|claim|possibility)\s+)?that\b`,
  },
];

/** The frames by the words that open them. Patterns are sticky: each is tried at one word. */
const FRAMES_BY_WORD: ReadonlyMap<string, readonly RegExp[]> = (() => {
  const byWord = new Map<string, RegExp[]>();
  for (const { words, pattern } of FRAMES) {
    const regex = new RegExp(pattern, 'iy');
    for (const word of words.split(/\s+/).filter(Boolean)) byWord.set(word, [...(byWord.get(word) ?? []), regex]);
  }
  return byWord;
})();

/**
 * Per ASCII first letter, bit n set when a frame's first word of length n starts with it ("if" included): most
 * words of a sentence open no frame, and are passed over by one table read.
 */
const OPENER_LENGTHS = (() => {
  const lengths = new Uint32Array(128);
  for (const word of [...FRAMES_BY_WORD.keys(), 'if']) lengths[word.charCodeAt(0)]! |= 1 << Math.min(word.length, 31);
  return lengths;
})();

function mayOpenFrame(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 128 || ((OPENER_LENGTHS[first]! >>> Math.min(word.length, 31)) & 1) === 1 || endsWithNot(word);
}

/** "didn't", "don't", "cannot"'s kin: told by the last three code units. */
function endsWithNot(word: string): boolean {
  const n = word.length;
  return n > 3 && word.charCodeAt(n - 1) === 116 /* t */ && word.charCodeAt(n - 2) === 39 /* ' */ && word.charCodeAt(n - 3) === 110 /* n */;
}

/** Words that, before "the notion (idea, model…) that X", take X up as the authors' own: "consistent with the notion that X". */
const ENDORSING = new Set(['consistent', 'line', 'keeping', 'agreement', 'accordance', 'support', 'supports', 'supported', 'supporting', 'confirm', 'confirms', 'confirmed', 'confirming', 'reinforce', 'reinforces', 'strengthen', 'strengthens', 'favour', 'favor', 'favours', 'favors', 'fits', 'fit', 'fitting', 'matches', 'reflects', 'agrees', 'agree', 'agreed', 'accords']);

/** Whether the frame word at k ("notion", "model") is taken up by the words before it rather than set aside. */
function endorsed(tokens: Tokens, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const word = tokens.lower(j) ?? '';
    if (ENDORSING.has(word)) return true;
    if (!/^(the|a|an|this|with|of|to|in|our|that)$/.test(word)) return false;
  }
  return false;
}

/** Words before "if" that make it qualify the claim before it ("only if", "even if", "as if"): no supposition. */
const QUALIFIED_IF = new Set(['only', 'even', 'as']);
/** Words that open a condition by inversion, at a sentence's start: "Had X failed…", "Were X to…", "Should X…". */
const INVERSIONS = new Set(['had', 'were', 'should']);

/** Modals that, before "have" and a participle, say what would have been: "should have sensitized". */
const COUNTERFACTUAL_MODALS = new Set(['would', 'should', 'could', 'might']);
const MODALS = new Set(['may', 'might', 'could', 'can', 'would']);
/** After a modal, words that make the verb a mere possibility: "could conceivably restrain". */
const POSSIBILITY_ADVERBS = new Set(['conceivably', 'possibly', 'perhaps', 'potentially', 'theoretically', 'hypothetically', 'plausibly']);

/**
 * A view named and then endorsed by the writer, with no negation between: "The hypothesis that X … is
 * mechanistically well grounded", "the premise is sound". Not "is not supported", not "remains untested".
 */
const ENDORSED_VIEW = /\b(?:hypothesis|premise|idea|notion|view|model|proposal|rationale)\b(?:(?!\b(?:remains?|untested|unproven|unclear|unknown|not|never)\b|;|,\s*(?:and|but|while|whereas)\b).)*?\b(?:is|are|seems|appears)\s+(?:\w+ly\s+)?(?:well[- ]grounded|well[- ]founded|well[- ]supported|sound|convincing|justified|compelling)\b/i;
/** A view the writer's findings bear out, named after the verb that says so: "fits the canonical view that X". */
const VIEW_TAKEN_UP = /(?:\b(?:fits?|fitting|matches|match|supports?|supporting|confirms?|confirming|agrees? with|(?:is|are|was|were)\s+consistent with|in (?:line|keeping|agreement) with)|^\W*consistent with)\s+(?:the|a)\s+(?:(?:canonical|established|accepted|prevailing|current|standard|classic|classical|textbook|well-established|widely held)\s+)?(?:view|notion|idea|model)\s+that\b/i;

/** The nouns of a view that an endorsement makes the writer's own. */
const VIEW_NOUNS = /^(hypothesis|premise|idea|notion|view|views|model|models|proposal)$/;

/**
 * A verdict right after a quotation that takes it up as true: a fact-checker's "OK", "Correct — matches…". The
 * quoted words are then the writer's claim too.
 */
// (A reviewer's comment on a draft, too: "Comment: Good sentence; keep it", "Nice sentence, keep it as is", "In line
// with Kimura et al.; keep".)
const ENDORSED_AFTER = /^[\s"”'’)}\].,;:*_—–-]*(?:comments?\s*:\s*)?(?:ok|okay|correct|accurate|verified|confirmed|true|needs? (?:a )?hedge|good|fine|nice|keep|agreed?|yes|(?:in line|consistent) with)\b/i;

/**
 * A premise a reviewer restates from what is under review: "The Background states that X", "The Approach assumes
 * that X", "The applicants write (propose) that X"; or an expert from the other side's report ("Dr Harlow asserts
 * that X", "The opposing expert argues that X"). Whether X is asserted depends on what the reviewer says next:
 * "this is backwards" rejects it (`REJECTED_AFTER`); "This premise is well supported" takes it up.
 */
const REVIEWED_PREMISE = /\b(?<!(?:our|my)\s)(?:background|approach|applicants?|application|proposal|rationale|aims?|chapter|draft|(?:opposing|other)\s+(?:expert|party|side)|(?:petitioner|claimant|defendant|respondent|opponent)s?|reviewer\s*\d*|(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z][\w'’-]+(?:['’]s\s+(?:fellow|student|postdoc|resident|colleague|team))?)\s+(?:\w+\s+)?(?:states?|stated|assumes?|assumed|writes?|wrote|proposes?|proposed|posits?|posited|argues?|argued|suggests?|suggested|claims?|claimed|asserts?|asserted)\s+that\b/i;
/** What a reviewer says of a restated premise to reject it. */
const REJECTED_AFTER = /\b(?:this is backwards|(?:is|are|this is) (?:inconsistent|at odds) with|says? (?:the )?(?:opposite|reverse)|the other way (?:round|around)|(?:is|are|this is) (?:wrong|incorrect|not correct|mistaken|unsupported|not supported)|(?:he|she|they) (?:is|are|was|were) (?:wrong|mistaken)|(?:this|that) is not (?:so|the case)|I (?:disagreed|disagree|objected|object|pushed back))\b|(?:^|[.;,]\s*(?:but\s+)?)(?:it|this|that|they) (?:does|do|did) not\s*[.;]/i;

/** A correction marked right after a sentence: "[Correction: …]", "(Erratum: …)". */
const CORRECTED_AFTER = /^\s*[[(]\s*(?:correction|corrected|erratum|wrong|incorrect|false|fact[- ]check)\b/i;

/** Quotations: a claim inside one is mentioned, not made. Straight and typographic double quotes. */
const QUOTATION = /"[^"]*"|“[^”]*”/g;

/**
 * Words before a quotation that make it the authors' own text ("We have added the following sentence: “X”",
 * "the revised text now reads: “X”", "we have revised the sentence to read: “X”"), or a reviewer's ("Suggested
 * text: “X”"): what it says is asserted.
 */
const OWN_TEXT_BEFORE = /(?:\bsuggest(?:ed|ion)?(?: (?:text|wording|sentence|revision|rewrite))?|\bproposed (?:text|wording|sentence)|\brewrite(?: it)?(?: as)?|\breads?|\bnow (?:states|says)|\bfollowing (?:sentence|text|paragraph|statement)\b[^"“”.]*|\breplaced (?:with|by)|\bhave added|\b(?:amended|changed|revised|rephrased|reworded|rewritten|modified|corrected|updated|edited)\b[^.:;"“”]{0,40}?\b(?:to|as)(?: read)?)\s*:?\s*$/i;

/**
 * Words of an erratum that keep a quoted text as the article's own, before the colon that opens it: "The sentence
 * citing it is unchanged: “X”", "The legend otherwise stands: “X”", "is retained as published, with only … corrected
 * from “A” to “B”: “X”", "The corrected sentence: “X”". What it says is asserted. (Not "as published" alone:
 * "the sentence as published read" quotes what was withdrawn.)
 */
const STANDING_TEXT_BEFORE =
  /\b(?:(?:stands|remains|is|are)\s+(?:(?:otherwise|unchanged|retained)\s+)?(?:as\s+published|unchanged)|(?:is|are)\s+(?:otherwise\s+)?retained|otherwise\s+(?:stands|reads)|(?:legend|text|sentence|table|figure|passage|row|caption)\s+(?:otherwise\s+)?stands|corrected\s+(?:sentence|text|legend|passage|row|version|table|caption)|as\s+it\s+now\s+stands)\b[^.;]*:\s*$/i;

/**
 * The wording an erratum withdraws, quoted: "The sentence as published read: “X”", "the original legend said: “X”".
 * Not asserted, though "read" would otherwise take the quotation up as the authors' own text ("now reads: “X”").
 */
const WITHDRAWN_WORDING_BEFORE = /\b(?:original(?:ly)?|published|previous(?:ly)?|earlier|first|old|incorrect|erroneous)\b[^.;:"“”]*\b(?<!\b(?:now|should|to|will|would|must|shall)\s+)(?:read|said|stated)\s*:?\s*$/i;

/** Words that make a sentence part of a correction of an earlier text. */
const CORRECTION = /\b(?:original|published|previous|earlier|first)\s+(?:version|article|paper|text|manuscript|legend|figure|table|wording|sentence|publication|draft)\b|\b(?:incorrectly|erroneously|mistakenly|wrongly|in error)\b/i;
/** How a correction reports the wording it withdraws: "we stated that", "was wrongly described as". */
const WITHDRAWN = /\b(?:we|the authors|they)\s+(?:had\s+|have\s+)?(?:(?:incorrectly|erroneously|mistakenly|wrongly)\s+)?(?:wrote|stated|said|claimed|asserted|described|reported|suggested|implied)\s+(?:that\b|\w+(?:\s+\w+){0,3}\s+as\b)|\b(?:was|were|had been|is|are)\s+(?:(?:incorrectly|erroneously|mistakenly|wrongly)\s+)?(?:described|given|listed|grouped|labell?ed|stated|reported|named|called|shown|presented|classified)\s+(?:as|with|among)\b/gi;

/**
 * An apposition, relative clause or comparison set off by commas: ", a ROS-generating ferroptosis inducer,",
 * ", unlike tumour cells,".
 */
const APPOSITION_ASIDE = /^,\s*(?:a|an|which|who|unlike|like|as with|in contrast to|similar to)\b[^,;:]{0,80},/i;

/**
 * A clause of its own after a comma, whose subject voices an open question: ", so we cannot tell (whether)"; or that
 * a contrasting conjunction opens: "Sorafenib, which shields…, remains a backbone of therapy, yet its interplay
 * with checkpoint inhibitors is unclear".
 */
const LATER_CLAUSE = /,\s*(?:(?:(?:so|and|but|yet|thus|hence)\s+)?(?:we|it|they|one|i)\s|(?:yet|but|although|though|whereas|while)\s)[^,;:]*$/i;
/** A reason the sentence opens with, before the clause that voices an open question: "Since X, that reversal does not tell us whether…". */
const OPENING_REASON = /^\W*(?:since|because|given that|as)\s[^,;:]*(?=,[^,;:]*$)/i;

/** Where the clause of a claim not made ends: at the next clause mark or contrasting conjunction. */
const CLAUSE_END = /[,;:—]|\b(?:but|however|whereas|yet|although|though)\b/g;

/**
 * The claims of `sentence`, whose tokens are `tokens`, that it asserts: none in a question or an open hypothesis,
 * and none whose verb lies in a clause it does not assert (`FRAMES`, a supposition) or in a quotation. Claim and
 * token offsets count from the sentence's start, as `sentence` does.
 */
export function assertedClaims(sentence: string, tokens: Tokens, claims: readonly Claim[], following = ''): readonly Claim[] {
  if (sentence.trimEnd().endsWith('?') || VARIES_WITH_SETTING.test(sentence)) return [];
  // "T cells don't need GPX4. [Correction: They do. …]": a sentence corrected right after it is not upheld.
  if (CORRECTED_AFTER.test(following)) return [];
  let asserted = claims;
  const leaveOut = (from: number, to: number): void => {
    asserted = asserted.filter((claim) => claim.verb.start < from || claim.verb.start >= to);
  };
  // "The hypothesis that X is well grounded", "the premise that X is sound", "This fits the canonical view that X":
  // a view the writer endorses is claimed.
  const endorsedView = ENDORSED_VIEW.test(sentence) || VIEW_TAKEN_UP.test(sentence);
  // An open hypothesis holds back the clause it is in: "To test whether X, we co-cultured…; Y rose" asserts Y.
  if (!endorsedView && HYPOTHESIS.test(sentence)) {
    for (let from = 0; from < sentence.length; ) {
      const end = sentence.slice(from).search(/[;:]/);
      const to = end < 0 ? sentence.length : from + end + 1;
      const open = HYPOTHESIS.exec(sentence.slice(from, to));
      // "To ask whether X, we added ferrostatin-1, a …": a purpose that asks ends where the authors say what they did.
      const asked = open ? PURPOSE_ASKING.exec(sentence.slice(from, to)) : null;
      const askedEnd = asked ? from + asked[0].length : to;
      // "ATM induces SLC7A11 …, and we hypothesise that…": what the authors ask or test starts at their "we".
      // "X was not assessed here, so we cannot tell whether…": the doubt starts with the clause that voices it.
      const voiced = open ? LATER_CLAUSE.exec(sentence.slice(from, from + open.index)) : null;
      const reason = open && !voiced ? OPENING_REASON.exec(sentence.slice(from, from + open.index)) : null;
      if (open) leaveOut(/^we\s/i.test(open[0]) ? from + open.index : voiced ? from + voiced.index : reason ? from + reason[0].length : from, askedEnd);
      from = to;
    }
  }
  const leaveOutClause = (from: number, after: number): void => {
    CLAUSE_END.lastIndex = after;
    let end = CLAUSE_END.exec(sentence)?.index;
    // "…posited that artesunate, a ROS-generating inducer, would blunt…": an apposition inside the clause.
    // (Not after a word that opens a clause of its own: "…expected X because, unlike Y, Z…" asserts Z.)
    const opensClause = end !== undefined && /\b(?:because|since|although|though|while|whereas|but|and|so)\s*$/i.test(sentence.slice(Math.max(0, end - 12), end));
    const aside = end === undefined || opensClause ? null : APPOSITION_ASIDE.exec(sentence.slice(end, end + 100));
    if (end !== undefined && aside) {
      CLAUSE_END.lastIndex = end + aside[0].length;
      end = CLAUSE_END.exec(sentence)?.index;
    }
    leaveOut(from, end ?? sentence.length);
  };
  // "The Background states that p53 induces SLC7A11; this is backwards.": a premise restated to be rejected.
  const premise = REVIEWED_PREMISE.exec(sentence);
  if (premise && REJECTED_AFTER.test(sentence.slice(premise.index + premise[0].length) + ' ' + following)) leaveOutClause(premise.index, premise.index + premise[0].length);
  // A correction notice: "In the original article we stated that X", "Y was erroneously described as Z". What
  // it reports is the wording withdrawn, to the end of its clause group; what "should read" is asserted.
  if (CORRECTION.test(sentence)) {
    WITHDRAWN.lastIndex = 0;
    for (let match = WITHDRAWN.exec(sentence); match; match = WITHDRAWN.exec(sentence)) {
      const end = sentence.indexOf(';', match.index);
      leaveOut(match.index, end < 0 ? sentence.length : end);
    }
  }
  let quoted = false;
  for (let k = 0; k < tokens.length; k++) {
    const kind = tokens.kind(k);
    if (kind === 'punct') {
      const mark = tokens.lower(k);
      if (mark === '"' || mark === '“') quoted = true;
      continue;
    }
    if (kind !== 'word') continue;
    const word = tokens.lower(k)!;
    // "its overexpression should have sensitized cells": what would have been, had it been so, is not claimed;
    // nor is what "could conceivably" be.
    if ((word === 'have' && COUNTERFACTUAL_MODALS.has(tokens.lower(k - 1) ?? '')) || (POSSIBILITY_ADVERBS.has(word) && MODALS.has(tokens.lower(k - 1) ?? ''))) {
      leaveOut(tokens.at(k)!.start, tokens.at(Math.min(k + 3, tokens.length - 1))!.end);
      continue;
    }
    if (k === 0 && INVERSIONS.has(word)) {
      leaveOutClause(0, tokens.at(k)!.end);
      continue;
    }
    if (!mayOpenFrame(word)) continue;
    if (word === 'if') {
      if (!QUALIFIED_IF.has(tokens.lower(k - 1) ?? '')) leaveOutClause(tokens.at(k)!.start, tokens.at(k)!.end);
      // ("as if it were…" is no supposition, but a likeness the frames below weigh.)
      if (tokens.lower(k - 1) !== 'as') continue;
    }
    const frames = FRAMES_BY_WORD.get(word) ?? (endsWithNot(word) ? FRAMES_BY_WORD.get("n't") : undefined);
    if (!frames || endorsed(tokens, k) || (endorsedView && VIEW_NOUNS.test(word))) continue;
    const start = tokens.at(k)!.start;
    for (const frame of frames) {
      frame.lastIndex = start;
      if (!frame.test(sentence)) continue;
      const after = frame.lastIndex;
      leaveOutClause(start, after);
      // "We reasoned that if X, Y should…": the consequence is part of what was reasoned, too.
      if (/^\s*if\b/i.test(sentence.slice(after, after + 4))) {
        CLAUSE_END.lastIndex = after;
        const end = CLAUSE_END.exec(sentence)?.index;
        if (end !== undefined) leaveOutClause(end, end + 1);
      }
    }
  }
  if (quoted) {
    QUOTATION.lastIndex = 0;
    for (let match = QUOTATION.exec(sentence); match; match = QUOTATION.exec(sentence)) {
      const after = sentence.slice(match.index + match[0].length) + following;
      const before = sentence.slice(0, match.index);
      const own = !WITHDRAWN_WORDING_BEFORE.test(before) && (OWN_TEXT_BEFORE.test(before.slice(-120)) || STANDING_TEXT_BEFORE.test(before));
      if (!own && !ENDORSED_AFTER.test(after)) leaveOut(match.index, match.index + match[0].length);
    }
  }
  // "GPX4 cannot protect against ferroptosis without selenium": a denial that holds only without something states
  // a need, not the denial. (Only a denial in words: "survived without signs of ferroptosis" denies death by its
  // verb, and "without" there says how they survived.)
  return asserted.filter((claim) => !claim.negated || !claim.negation || !WITHOUT_AFTER.test(sentence.slice(claim.end, claim.end + 60)));
}

/**
 * A sentence that says its own effect varies with the setting ("Not every system behaves the same way — Gan et al.
 * describe iron reducing M1 polarisation in RAW264.7 cells — so dose and cell type probably matter"; "The role of
 * NRF2 depends on the cell type: …") reports findings that differ, not one general mechanism.
 */
const SETTINGS = String.raw`(?:dose|cell[- ]type|context|model|setting|concentration|cell line)s?`;
const VARIES_WITH_SETTING = new RegExp(
  String.raw`\b(?:${SETTINGS}(?:\s+(?:and|or)\s+${SETTINGS})?\s+(?:(?:probably|likely|may|might|must|clearly|really)\s+)?matters?|depend(?:s|ing)?\s+on\s+(?:the\s+)?${SETTINGS}|context[- ]dependent|not (?:every|all)\s+(?:${SETTINGS}|systems?)\s+behaves?)\b`,
  'i',
);

/** "without" later in the same clause. */
const WITHOUT_AFTER = /^[^,;:.]*?\bwithout\b/i;

/** "True or false: X." or "True or false?" on its own before X: an exam's statement, put up to be judged. */
const POSED = /^\W*(?:(?:q(?:uestion)?\s*)?\d+[.):]?\s*)?true or false\s*[:?.]/i;
const POSED_ALONE = /^\W*(?:(?:q(?:uestion)?\s*)?\d+[.):]?\s*)?true or false\s*[:?.]?\W*$/i;
/** The answer given after the statement: "Answer: False.", "**Answer:** true". */
const ANSWER = /\banswer\b\W{0,6}(true|false)\b/i;

/**
 * Whether the sentence text[start, end) is a statement put up to be judged true or false whose answer, given in
 * the words after it, is not "true": the exam's writer asserts it only where the answer says so.
 */
export function posedNotAsserted(text: string, start: number, end: number, previous?: { readonly start: number; readonly end: number }): boolean {
  const posed = POSED.test(text.slice(start, Math.min(end, start + 40))) || (previous !== undefined && previous.end - previous.start < 40 && POSED_ALONE.test(text.slice(previous.start, previous.end)));
  if (!posed) return false;
  return ANSWER.exec(text.slice(end, end + 300))?.[1]?.toLowerCase() !== 'true';
}
