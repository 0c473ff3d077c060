/**
 * What a process looks like: "ferroptosis is characterized by mitochondrial shrinkage", "ferroptotic cells are
 * recognized by swollen mitochondria with reduced membrane density", "ferroptotic cells show swollen mitochondria", "swollen mitochondria, the hallmark of
 * ferroptosis", "the ferroptotic signature of swollen mitochondria". The claim is that the process brings the
 * feature about (a lowered amount, "reduced membrane density", that it lowers it).
 */
import { ClaimForm, newClaim, type Claim, type ClaimParty, type Modifiers, partyOf } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { relativeAntecedent } from '../relatives';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CELLS } from '../vocabulary';

/** Participles of "is characterized by": the features follow "by". */
const CHARACTERIZED = new Set(`characterized characterised distinguished marked recognized recognised defined typified accompanied
  identified hallmarked`.split(/\s+/));
/** Nouns of "the hallmark of ferroptosis": the features stand before them. */
const HALLMARKS = new Set(['hallmark', 'hallmarks', 'signature', 'feature', 'features', 'sign', 'signs', 'characteristic', 'characteristics']);

export function readHallmarkClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const promote = verbOf(verbs, 'promote');
  if (!promote) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !TRIGGERS.has(tokens.lower(v)!)) continue;
    const word = tokens.lower(v)!;
    let subjects: ClaimParty[] | undefined;
    let features: ClaimParty[] | undefined;
    const modifiers: Modifiers = { negated: false };
    let start = -1;
    let end = -1;
    if (CHARACTERIZED.has(word) && tokens.lower(v + 1) === 'by') {
      const left = skipLeftModifiers(tokens, v - 1, modifiers);
      if (left < 0) continue;
      // "ferroptotic cells are recognized by…": the process whose cells they are.
      const holder = CELLS.has(tokens.lower(left) ?? '') && tokens.kind(left - 1) === 'entity' ? left - 1 : left;
      subjects = readPartiesLeft(tokens, holder) ?? relativeAntecedent(tokens, holder);
      const read = readFeatures(tokens, v + 2);
      features = read?.parties;
      start = subjects?.[0]?.start ?? -1;
      end = read?.end ?? -1;
    } else if (processBefore(tokens, v, word) >= 0) {
      // "ferroptotic cells show swollen mitochondria", "the classic ferroptotic signature of swollen mitochondria":
      // the process named before the word, its features after it.
      const process = tokens.at(processBefore(tokens, v, word))!;
      subjects = [partyOf(process)];
      const read = readFeatures(tokens, SHOWING.has(word) ? v + 1 : v + 2);
      features = read?.parties;
      start = process.start;
      end = read?.end ?? -1;
    } else if (HALLMARKS.has(word) && tokens.lower(v + 1) === 'of' && tokens.entityType(v + 2) === 'process') {
      // "…swollen mitochondria with reduced membrane density, the (ultrastructural) hallmark of ferroptosis". Only a
      // process has hallmarks: "…, the signature of iron overload-driven M1 polarisation" names none.
      const process = tokens.at(v + 2)!;
      subjects = [partyOf(process)];
      let comma = v - 1;
      while (comma > 0 && comma > v - 5 && tokens.kind(comma) === 'word') comma--;
      if (tokens.lower(comma) !== ',') continue;
      let first = comma - 1;
      while (first > 0 && (tokens.kind(first - 1) === 'entity' || tokens.lower(first - 1) === '-' || (tokens.kind(first - 1) === 'word' && FEATURE_WORDS.has(tokens.lower(first - 1)!)))) first--;
      const read = readFeatures(tokens, first);
      if (!read || read.end !== comma - 1) continue;
      // "…lowered Tgm2 transcripts, the signature of…": after a verb the aside is about the change, not the features.
      if (verbs.forms.has(tokens.lower(first - 1) ?? '')) continue;
      features = read.parties;
      start = tokens.at(first)!.start;
      end = v + 2;
    }
    if (!subjects || !features || features.length === 0) continue;
    for (const feature of features) {
      claims.push(
        newClaim(
          {
            subjects,
            objects: [feature],
            effect: 'positive',
            negated: modifiers.negated,
            form: ClaimForm.State,
            start: Math.min(start, tokens.at(v)!.start),
            end: Math.max(tokens.at(end)!.end, feature.end),
            verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: promote, slot: 'state' },
          },
          { negation: modifiers.negation },
        ),
      );
    }
  }
}

/** Verbs of what the cells of a process show: "ferroptotic cells exhibit…". */
const SHOWING = new Set('show shows showed shown display displays displayed exhibit exhibits exhibited'.split(' '));

/** The words the constructions start from: one look-up per word of the sentence. */
const TRIGGERS = new Set([...CHARACTERIZED, ...HALLMARKS, ...SHOWING]);

/**
 * The process whose features follow the word at `v`: the one whose cells show them ("ferroptotic cells show…"), or
 * whose signature they are ("the ferroptotic signature of…"); -1 otherwise.
 */
function processBefore(tokens: Tokens, v: number, word: string): number {
  const at = SHOWING.has(word) && CELLS.has(tokens.lower(v - 1) ?? '') ? v - 2 : HALLMARKS.has(word) && tokens.lower(v + 1) === 'of' ? v - 1 : -1;
  return at >= 0 && tokens.entityType(at) === 'process' ? at : -1;
}

/** Words that may stand in a list of features: "swollen mitochondria with reduced membrane density". */
const FEATURE_WORDS = new Set(['with', 'and', 'reduced', 'decreased', 'increased', 'lower', 'higher', 'a', 'the', 'of']);

/** The features from `from`: a list, and more after "with" ("swollen mitochondria with reduced density"). */
function readFeatures(tokens: Tokens, from: number): { parties: ClaimParty[]; end: number } | undefined {
  const first = readPartiesRight(tokens, from);
  if (!first) return undefined;
  const parties = [...first.parties];
  let end = first.end;
  while (/^(with|and)$/.test(tokens.lower(end + 1) ?? '')) {
    const more = readPartiesRight(tokens, end + 2);
    if (!more) break;
    parties.push(...more.parties);
    end = more.end;
  }
  return { parties, end };
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const HALLMARK_WORDS: readonly string[] = [...TRIGGERS];
