/**
 * The subject a sentence takes from the one before ("p53 is a driver of apoptosis. In ferroptosis, however, it
 * activates SLC7A11."): the entry that opens the sentence before, in the same paragraph. A sentence that opens
 * with something else, or names a list of entries first, gives none: precision comes first.
 * The cells a sentence takes from the one before ("These cells were resistant…") are found here too (`previousCells`).
 */
import type { Analysis } from '../analysis';
import type { Sentence } from '../markup/sentences';
import { COMPOUND_NOUNS, LOSS_AFTER_ENTRY, LOSS_WORDS, REFERRING_NOUNS } from './vocabulary';

/** Whether the sentence at [start, end) may refer back to the sentence before it ("it", "they", "this protein"). */
export function mayReferBack(text: string, start: number, end: number): boolean {
  return REFERS_BACK.test(text.slice(start, end));
}
// "the platelet-coated nanoparticle": a few describing words may come between.
const REFERS_BACK = new RegExp(String.raw`\b(?:its?|they|th(?:is|ese|e) (?:[\w-]+ ){0,3}(?:${[...REFERRING_NOUNS].join('|')})s?)\b`, 'i');

/** Titles of a gene product that may come before its name: "The tumour suppressor p53 …". */
const TITLES = String.raw`(?:tumou?r\s+suppressor|transcription\s+factor|master\s+regulator)`;

/** Words that may come before the subject at the opening of a sentence. */
// "What is FSP1? It…", "What does erastin do? It…": a question that names its subject, then the answer; spoken, it
// may open "Right, so what is GPX4 doing…?", and an exam's "Q3. How does…?"; a note "there it oxidizes…"; a
// transcript "HOST: Does IFN-γ touch lipids? GUEST: It does…"; a chat's "Mira: liraglutide won't help. It…".
// "Q (Prof. Baumann): How does erastin act…?": who asks may be named in parentheses.
const OPENING = new RegExp(String.raw`^\s*(?:q(?:uestion)?\s*\d*(?:\s*\([^()]{1,40}\))?\s*[.:)]\s*)?(?:(?:host|guest|interviewer|interviewee|moderator|speaker\s*\d*|[a-z]{1,12})\s*:\s*)?(?:(?:right|so|and|now|okay|ok|well|but)\s*,?\s+)*(?:(?:the|in addition|moreover|however|furthermore|similarly|notably|importantly|indeed|first|second|finally|conversely|likewise|thus|there|here|then|in turn)\s*,?\s*|(?:what|how|why|where)(?:'s|\s+(?:is|are|does|do|did|about))\s+|(?:does|do|did|is|are|can|could|would|will|has|have)\s+)?(?:the\s+(?:(?:${[...REFERRING_NOUNS].join('|')})|${TITLES})\s+)?$`, 'i');

/**
 * The id of the entry that opens the sentence `before` (its mentions from `firstMention` on), in the same
 * paragraph as the sentence at `next`; undefined if it opens with anything else or with two entries.
 */
export function previousSubject(text: string, before: Sentence, firstMention: number, next: number, mentions: Analysis['mentions']): string | undefined {
  if (text.slice(before.end, next).includes('\n\n')) return undefined;
  const first = mentions[firstMention];
  if (!first || first.proseStart >= before.end) return undefined;
  // "Activated CD8⁺ T cells release interferon-γ. It raises…": "it" is no population of cells; it is the one entry
  // of another kind the sentence before names.
  if (first.type === 'cell' && IT.test(text.slice(next, next + 24))) return onlyOfKind(['gene', 'compound', 'complex'], before, firstMention, mentions);
  // "This heterodimer…" names the kind of entry it stands for: an opening entry of another kind is not it.
  const kinds = kindsReferredTo(text, next);
  if (!OPENING.test(text.slice(before.start, first.proseStart)) || (kinds && !kinds.includes(first.type))) {
    if (kinds) return onlyOfKind(kinds, before, firstMention, mentions);
    // "We next exposed the cells to IFN-γ. It upregulated SLC7A11…", "We next considered NCOA4. Its
    // overexpression…": after what the writers did, "it" is the one entry (not cells) they did it with.
    // "People forget how much TP53 matters here. It transactivates…": a sentence that names one entry and nothing
    // else leaves "it" no other antecedent.
    if (!IT.test(text.slice(next, next + 24))) return undefined;
    const alone = mentions[firstMention + 1] === undefined || mentions[firstMention + 1]!.proseStart >= before.end;
    return WE_DID.test(text.slice(before.start, first.proseStart)) || alone ? onlyOfKind(['gene', 'compound', 'complex'], before, firstMention, mentions) : undefined;
  }
  // "GPX4 and FSP1 …", "GPX4, FSP1 …": a list is no one subject.
  const second = mentions[firstMention + 1];
  if (second && second.proseStart < before.end && /^\s*(?:,|and|or)\s*$/.test(text.slice(first.proseEnd, second.proseStart))) return undefined;
  return first.id;
}

const WE_DID = /^\s*we\b/i;
// "Look at TYRO3. Inhibiting it protected…": what was done to "it" may come first.
const IT = /^\s*(?:(?:inhibiting|blocking|deleting|silencing|depleting|overexpressing|targeting|knocking)\s+)?its?\b/i;

// "However, this enzyme…", "Using glutathione, this enzyme…", "In Hepa1-6 tumours, the drug…", "In addition to
// blocking system Xc⁻, the platelet-coated nanoparticle…": a few words and a comma may come first, and a
// hyphened adjective before the noun.
// "The antiporter…" at the opening of a sentence refers back too.
const THIS_NOUN = /^\s*(?:[\w-]+(?:\s+[\w-⁻]+){0,7}\s*,\s*)?(?:th(?:is|ese)|the)\s+(?:[\w]+-[\w]+\s+)?([a-z]+?)s?\b/i;

// "Once it was shown that this selenoenzyme…": "this" (not "the") and a noun further into the sentence too.
const THIS_NOUN_INSIDE = /\bth(?:is|ese)\s+([a-z]+?)s?\b/i;

/** The entry types that "this <noun>" at the opening of the sentence at `next` may stand for, if it opens so. */
function kindsReferredTo(text: string, next: number): readonly string[] | undefined {
  const noun = (THIS_NOUN.exec(text.slice(next, next + 80)) ?? THIS_NOUN_INSIDE.exec(text.slice(next, next + 80)))?.[1]?.toLowerCase();
  if (!noun || !REFERRING_NOUNS.has(noun)) return undefined;
  return COMPOUND_NOUNS.has(noun) ? ['compound'] : ['gene', 'complex'];
}

/**
 * "Glutathione synthesis is coupled to system Xc⁻. This heterodimer…": where the sentence before opens with
 * something else, "this <noun>" takes the one entry of that kind the sentence before names; none if it names two.
 */
function onlyOfKind(kinds: readonly string[], before: Sentence, firstMention: number, mentions: Analysis['mentions']): string | undefined {
  let found: string | undefined;
  for (let k = firstMention; k < mentions.length && mentions[k]!.proseStart < before.end; k++) {
    const mention = mentions[k]!;
    if (!kinds.includes(mention.type)) continue;
    if (found !== undefined && found !== mention.id) return undefined;
    found = mention.id;
  }
  return found;
}

/** Whether `sentence` ends with a colon, as the lead-in of a list does ("What iron overload does to macrophages:"). */
export function opensList(text: string, sentence: Sentence): boolean {
  return /:\s*$/.test(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end));
}

/**
 * The entry a list's lead-in (`leadIn`, its mentions from `firstMention` on) says acts in the items that follow:
 * its one gene, compound, complex or metabolite ("lenvatinib:", "What iron overload does to macrophages:"); none
 * if it names two.
 */
export function leadInActor(text: string, leadIn: Sentence, firstMention: number, mentions: Analysis['mentions']): string | undefined {
  const id = onlyOfKind(['gene', 'compound', 'complex', 'metabolite'], leadIn, firstMention, mentions);
  // "Knock-down of the hub gene RRM2:", "GPX4 deletion:": the items say what its loss did, which an id cannot carry.
  const lost = (mention: Analysis['mentions'][number]): boolean =>
    LOSS_BEFORE.test(text.slice(leadIn.start, mention.proseStart)) || LOSS_AFTER_ENTRY.test(text.slice(mention.proseEnd, leadIn.end));
  for (let k = firstMention; k < mentions.length && mentions[k]!.proseStart < leadIn.end; k++) if (mentions[k]!.id === id && lost(mentions[k]!)) return undefined;
  return id;
}
const LOSS_BEFORE = new RegExp(String.raw`\b${LOSS_WORDS}\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$`, 'i');

/** "These ", "The ", "Those " or "Such " at `at`: read code by code, as most sentences open otherwise. */
export function opensWithTheseCells(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first === 83 /* S */) return text.startsWith('Such ', at);
  if (first !== 84 /* T */ || text.charCodeAt(at + 1) !== 104 /* h */) return false;
  return text.startsWith('These ', at) || text.startsWith('The ', at) || text.startsWith('Those ', at);
}

export interface MadeCells {
  readonly id: string;
  readonly inverted: boolean;
}
/** How cells are made from an entity: reversing its effect, or keeping it. */
const REVERSED_IN = ['knockout', 'knock-out', 'knockdown', 'knock-down', 'deficient', 'null', 'depleted', 'silenced', '-/-'];
const KEPT_IN = ['overexpressing'];
const escape = (word: string): string => word.replace(/[-/]/g, '\\$&');
/** Whether a sentence names any such cells at all (before a search per mention). */
const MADE_ANY = new RegExp([...REVERSED_IN, ...KEPT_IN].map(escape).join('|'), 'i');
/** After an entity: the cells made from it ("ACSL4-knockout HT-1080 cells", "GPX4-deficient T cells"). */
const MADE_CELLS = new RegExp(
  `^(?:-|\\s)?(?:(${REVERSED_IN.map(escape).join('|')})|(${KEPT_IN.map(escape).join('|')}))\\b[^.;:()]{0,40}?\\b(?:cells|cell lines|lines|clones|tumou?rs|mice)\\b`,
  'i',
);

/**
 * The one entity whose modified cells the sentence `before` names (its mentions from `firstMention` on), in the
 * same paragraph as the sentence at `next`: knockout, knockdown or deficient cells reverse its effect, overexpressing
 * cells keep it. Two different ones, or none, give nothing.
 */
export function previousCells(text: string, before: Sentence, firstMention: number, next: number, mentions: Analysis['mentions']): MadeCells | undefined {
  if (text.slice(before.end, next).includes('\n') || !MADE_ANY.test(text.slice(before.start, before.end))) return undefined;
  let found: MadeCells | undefined;
  for (let k = firstMention; k < mentions.length && mentions[k]!.proseStart < before.end; k++) {
    const mention = mentions[k]!;
    const made = MADE_CELLS.exec(text.slice(mention.proseEnd, Math.min(before.end, mention.proseEnd + 80)));
    if (!made) continue;
    const candidate = { id: mention.id, inverted: made[1] !== undefined };
    if (found && (found.id !== candidate.id || found.inverted !== candidate.inverted)) return undefined;
    found = candidate;
  }
  return found;
}
