/**
 * Where a protein is said to be: "FSP1 is anchored to the inner mitochondrial membrane", "myristoylation targets
 * FSP1 to the plasma membrane", "DHODH resides in the outer membrane of mitochondria", "DHODH reduces CoQ10 on the
 * outer leaflet of the plasma membrane". The claim's object is the place (claims/locations.ts), judged against
 * the entry's curated location.
 */
import type { VerbClass } from '../../lexicon/lexicon';
import { ClaimForm, newClaim, type Claim, type ClaimParty, type Modifiers, partyOf } from '../claim';
import { placeAt } from '../locations';
import { openingParenthesis, PREVIOUS_SUBJECT, readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { clauseSubjects, noteSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import type { VerbIndex } from '../verbIndex';
import { BE, isAdverb } from '../vocabulary';

/** Participles of being put somewhere: "(is) anchored to", "localized in". */
export const PLACED = new Set(`anchored targeted localized localised located recruited tethered docked attached confined found restricted
  inserted embedded positioned delivered directed sequestered`.split(/\s+/));
/** Verbs of being (or working) somewhere: "resides in", "sits at", "acts at". */
export const BEING = new Set(`resides reside resided sits sit sat lies lie localizes localises localize localise localized localised
  operates operate operated docks dock docked translocates translocate translocated goes go went moves move moved
  acts act acted acting works work worked working functions function functioned functioning operating residing`.split(/\s+/));
/** Verbs of working somewhere that may say where from: "acts from the inner mitochondrial membrane" (not "moves from"). */
const ACTING_FROM = /^(acts?|acted|acting|works?|worked|working|functions?|functioned|functioning|operates?|operated|operating)$/;
/** Verbs of putting the protein somewhere: "myristoylation anchors FSP1 to…". */
export const PUTTING = new Set(`anchors anchor targets target tethers tether docks dock delivers deliver directs direct recruits recruit
  confines confine brings bring sends send parks park places place puts put`.split(/\s+/));
/** What a verb of putting may name the protein by, after naming it earlier: "docks the enzyme in…". */
const REFERRING = /^(it|the enzyme|the protein|the oxidoreductase|the reductase)$/;


/** The verb of a location claim's reading; its effect is the claim's, `located`. */
export const LOCATE: VerbClass = { lemma: 'localize', effect: 'affects', forms: ['localize', 'localizes', 'localized', 'localized', 'localizing'] };

export function readLocationClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  for (let v = 0; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word') continue;
    const word = tokens.lower(v)!;
    if (v === 0 && !PLACED.has(word)) continue;
    if (PLACING.has(word)) {
      const claim = readPlacingNoun(tokens, v);
      if (claim) claims.push(claim);
      continue;
    }
    const putting = PUTTING.has(word) && !(word.startsWith('dock') && BE.has(tokens.lower(v - 1) ?? ''));
    const acting = !putting && !PLACED.has(word) && !BEING.has(word) && actionObjectEnd(tokens, v, verbs);
    if (!putting && !PLACED.has(word) && !BEING.has(word) && acting === false) continue;
    const modifiers: Modifiers = { negated: false };
    let subjects: readonly ClaimParty[] | undefined;
    let k = v + 1;
    if (putting) {
      // "anchors FSP1 (AIFM2) to", "docks the enzyme in"
      const named = tokens.kind(k) === 'entity' ? readPartiesRight(tokens, k) : undefined;
      if (named) {
        subjects = named.parties;
        k = named.end + 1;
        if (tokens.lower(k) === '(') k = closing(tokens, k) + 1;
      } else {
        const referring = [1, 2].find((n) => REFERRING.test(Array.from({ length: n }, (_, j) => tokens.lower(k + j)).join(' ')));
        if (!referring) continue;
        // "A fatty tag on its N-terminus parks it inside the mitochondria": with no entry before it in the
        // sentence, "it" is the subject of the sentence before.
        subjects = entryBefore(tokens, v) ?? (tokens.lower(k) === 'it' ? [{ id: PREVIOUS_SUBJECT, inverted: false, start: tokens.at(k)!.start, end: tokens.at(k)!.end }] : undefined);
        k += referring;
      }
    } else {
      // "DHODH reduces CoQ10 (to CoQ10H2) at the plasma membrane": where the subject does what it does.
      if (acting !== false) k = acting + 1;
      const left = skipLeftModifiers(tokens, v - 1, modifiers);
      // "(is) anchored to": a participle after a copula, or right after its entry ("FSP1 anchored to…"); "DHODH,
      // acting at the plasma membrane, …", "FSP1, anchored to…": a participle in an aside right after it.
      const named = tokens.lower(v - 2) === ')' ? openingParenthesis(tokens, v - 2) - 1 : v - 2;
      // "FSP1 (anchored by its myristoyl group to the inner mitochondrial membrane) co-localised…": a participle
      // that opens a parenthesis after its entry.
      const opened = PLACED.has(word) && tokens.lower(v - 1) === '(' && tokens.kind(v - 2) === 'entity';
      subjects = opened
        ? readPartiesLeft(tokens, v - 2)
        : (word.endsWith('ing') || PLACED.has(word)) && tokens.lower(v - 1) === ',' && tokens.kind(named) === 'entity'
          ? readPartiesLeft(tokens, named)
          : clauseSubjects(tokens, left, verbs, false) ?? noteSubjects(tokens, left);
    }
    // "reduces CoQ10, but at the plasma membrane": the place set off after the object.
    if (acting !== false && tokens.lower(k) === ',' && /^(but|and|albeit|though)$/.test(tokens.lower(k + 1) ?? '')) k += 2;
    while (k < tokens.length && tokens.kind(k) === 'word' && isAdverb(tokens.lower(k)!)) k++;
    // "anchored by its N-terminal myristoyl group to…": what anchors it, on the way to the place.
    if (PLACED.has(word) && tokens.lower(k) === 'by') {
      let to = k + 1;
      while (to < tokens.length && to < k + 8 && (tokens.kind(to) === 'word' || tokens.lower(to) === '-') && !/^(to|in|at|on|within|into)$/.test(tokens.lower(to)!)) to++;
      if (/^(to|in|at|on|within|into)$/.test(tokens.lower(to) ?? '')) k = to;
    }
    // "works alongside FSP1 at the plasma membrane": a partner named on the way.
    if (/^(alongside|with|beside)$/.test(tokens.lower(k) ?? '') && tokens.kind(k + 1) === 'entity') k += 2;
    // "acts in parallel to GPX4 from the inner mitochondrial membrane": the partner, then where it acts from.
    if (tokens.lower(k) === 'in' && tokens.lower(k + 1) === 'parallel' && /^(to|with)$/.test(tokens.lower(k + 2) ?? '') && tokens.kind(k + 3) === 'entity') k += 4;
    if (ACTING_FROM.test(word) && tokens.lower(k) === 'from') k += /^(within|inside)$/.test(tokens.lower(k + 1) ?? '') ? 1 : 0;
    else if (!/^(to|in|at|on|within|into|inside)$/.test(tokens.lower(k) ?? '')) continue;
    k++;
    // The place's range takes its article, which a fix writes again.
    const from = k;
    if (tokens.lower(k) === 'the') k++;
    const place = placeAt(tokens, k) ?? placeOfLeaflet(tokens, k);
    // "Anchored at the plasma membrane (next to FSP1), DHODH (it) regenerates…": a participle that opens the
    // sentence describes the subject after its comma.
    if (place && v === 0 && PLACED.has(word)) subjects = subjectAfterOpening(tokens, place.end + 1) ?? subjects;
    if (!place || !subjects || subjects.length === 0 || subjects.some((s) => s.inverted)) continue;
    const object: ClaimParty = { id: place.id, inverted: false, start: tokens.at(from)!.start, end: tokens.at(place.end)!.end };
    claims.push(
      newClaim(
        {
          subjects,
          objects: [object],
          effect: 'located',
          negated: modifiers.negated,
          form: ClaimForm.State,
          start: Math.min(subjects[0]!.start, tokens.at(v)!.start),
          end: object.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: LOCATE, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/** Nouns of putting a protein somewhere: "its targeting to the plasma membrane". */
const PLACING = new Set(['targeting', 'recruitment', 'anchoring', 'localization', 'localisation', 'translocation', 'tethering']);

/**
 * "FSP1 suppresses ferroptosis after myristoylation-dependent targeting to the inner mitochondrial membrane",
 * "the recruitment of FSP1 to the plasma membrane": the noun of putting at `v`, with the protein after "of" or,
 * in a phrase of when or how ("after", "through", "its"), the entry that opens the sentence.
 */
function readPlacingNoun(tokens: Tokens, v: number): Claim | undefined {
  let subjects: ClaimParty[] | undefined;
  let k = v + 1;
  if (tokens.lower(k) === 'of' && tokens.kind(k + 1) === 'entity' && /^(gene|complex)$/.test(tokens.entityType(k + 1) ?? '')) {
    subjects = [partyOf(tokens.at(k + 1)!)];
    k += 2;
  } else {
    // "after myristoylation-dependent targeting": the words of how, hyphened, before the noun.
    let before = v - 1;
    while (tokens.lower(before - 1) === '-' && /^(dependent|mediated|driven|induced)$/.test(tokens.lower(before) ?? '')) before -= 3;
    if (!/^(after|upon|following|through|via|by|its)$/.test(tokens.lower(before) ?? '')) return undefined;
    const opening = tokens.kind(0) === 'entity' && /^(gene|complex)$/.test(tokens.entityType(0) ?? '') ? tokens.at(0)! : undefined;
    if (!opening) return undefined;
    subjects = [partyOf(opening)];
  }
  if (!/^(to|at|in|into)$/.test(tokens.lower(k) ?? '')) return undefined;
  const from = k + 1;
  k = tokens.lower(from) === 'the' ? from + 1 : from;
  const place = placeAt(tokens, k) ?? placeOfLeaflet(tokens, k);
  if (!place) return undefined;
  const object: ClaimParty = { id: place.id, inverted: false, start: tokens.at(from)!.start, end: tokens.at(place.end)!.end };
  return newClaim({
    subjects,
    objects: [object],
    effect: 'located',
    negated: false,
    form: ClaimForm.State,
    start: tokens.at(v)!.start,
    end: object.end,
    verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: LOCATE, slot: 'state' },
  });
}

/**
 * Where the object of the verb of action at `v` ends, past its product ("reduces CoQ10 to CoQ10H2"), when the
 * verb is one of the lexicon's and takes an entry as its object; false otherwise.
 */
function actionObjectEnd(tokens: Tokens, v: number, verbs: VerbIndex): number | false {
  const form = verbs.forms.get(tokens.lower(v)!);
  // Not the participle: "CoQ10 reduced at the plasma membrane" names where the object is.
  if (!form || form.slot === 3 || tokens.kind(v + 1) !== 'entity') return false;
  const object = readPartiesRight(tokens, v + 1);
  if (!object) return false;
  let end = object.end;
  if (tokens.lower(end + 1) === '(') end = closing(tokens, end + 1);
  if (/^(to|into|→)$/.test(tokens.lower(end + 1) ?? '') && tokens.kind(end + 2) === 'entity') end = readPartiesRight(tokens, end + 2)?.end ?? end;
  return end;
}

/** "the outer leaflet of the plasma membrane": the membrane the leaflet is of. */
function placeOfLeaflet(tokens: Tokens, at: number): ReturnType<typeof placeAt> {
  let k = at;
  if (/^(inner|outer|cytosolic|cytoplasmic|extracellular)$/.test(tokens.lower(k) ?? '')) k++;
  if (!/^(leaflet|face|side|surface)$/.test(tokens.lower(k) ?? '') || tokens.lower(k + 1) !== 'of') return undefined;
  k += 2;
  if (tokens.lower(k) === 'the') k++;
  return placeAt(tokens, k);
}

/** The index of the ")" that closes the aside opened at `open`, or `open` itself. */
function closing(tokens: Tokens, open: number): number {
  for (let k = open + 1; k < tokens.length && k < open + 10; k++) if (tokens.lower(k) === ')' && openingParenthesis(tokens, k) === open) return k;
  return open;
}

/** The entry nearest before `at` in its sentence, that "the enzyme" after a verb of putting names. */
function entryBefore(tokens: Tokens, at: number): ClaimParty[] | undefined {
  // "the protein", "the enzyme": a gene product or a complex, not the metabolite it works on.
  for (let k = at - 1; k >= 0; k--) {
    if (tokens.kind(k) !== 'entity' || !/^(gene|complex)$/.test(tokens.entityType(k) ?? '')) continue;
    const t = tokens.at(k)!;
    return [partyOf(t)];
  }
  return undefined;
}

/** The subject after the comma that ends an opening phrase from `at`: an entry, or "it" for the sentence before's. */
function subjectAfterOpening(tokens: Tokens, at: number): ClaimParty[] | undefined {
  let comma = at;
  while (comma < tokens.length && comma < at + 6 && tokens.lower(comma) !== ',') {
    if (tokens.kind(comma) === 'punct') return undefined;
    comma++;
  }
  if (tokens.lower(comma) !== ',') return undefined;
  const next = tokens.at(comma + 1);
  if (next?.lower === 'it') return [{ id: PREVIOUS_SUBJECT, inverted: false, start: next.start, end: next.end }];
  return next?.kind === 'entity' ? readPartiesRight(tokens, comma + 1)?.parties : undefined;
}
