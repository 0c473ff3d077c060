/** Verbs of transport without a direction of their own: the place after them gives it. */
import type { VerbClass } from '../../lexicon/lexicon';
import { type Claim, ClaimForm, newClaim, partyOf } from '../claim';
import { readPartiesLeft } from '../parties';
import { readVerbClaim } from './verb';
import { Tokens } from '../tokens';
import type { VerbIndex } from '../verbIndex';
import { INSIDE, OUTSIDE } from '../vocabulary';

/** Verbs of transport that have no direction of their own: the place after them gives it. */
const DIRECTIONLESS_TRANSPORT: readonly (readonly [string, string, string, string, string])[] = [
  ['transport', 'transports', 'transported', 'transported', 'transporting'],
  ['shuttle', 'shuttles', 'shuttled', 'shuttled', 'shuttling'],
  ['pump', 'pumps', 'pumped', 'pumped', 'pumping'],
  ['bring', 'brings', 'brought', 'brought', 'bringing'],
  ['carry', 'carries', 'carried', 'carried', 'carrying'],
  ['move', 'moves', 'moved', 'moved', 'moving'],
  ['ferry', 'ferries', 'ferried', 'ferried', 'ferrying'],
  ['transfer', 'transfers', 'transferred', 'transferred', 'transferring'],
  ['load', 'loads', 'loaded', 'loaded', 'loading'],
  // "pulls iron in from the bloodstream", "draws glutamate into the cell"
  ['pull', 'pulls', 'pulled', 'pulled', 'pulling'],
  ['draw', 'draws', 'drew', 'drawn', 'drawing'],
  // "a door that lets iron into the cell"
  ['let', 'lets', 'let', 'let', 'letting'],
];

interface TransportForm {
  readonly slot: number;
  readonly inward: VerbClass;
  readonly outward: VerbClass;
}

export const TRANSPORT_FORMS: ReadonlyMap<string, TransportForm> = (() => {
  const map = new Map<string, TransportForm>();
  for (const forms of DIRECTIONLESS_TRANSPORT) {
    const inward: VerbClass = { lemma: forms[0], effect: 'import', forms };
    const outward: VerbClass = { lemma: forms[0], effect: 'export', forms };
    // The participle shares its spelling with the past tense; keep the earlier slot, as the verb index does.
    forms.forEach((form, slot) => map.has(form) || map.set(form, { slot, inward, outward }));
  }
  return map;
})();

/**
 * "Ferroportin transports iron into enterocytes", "iron is pumped out of the cell by ferroportin": the first
 * preposition of place after the verb that names the inside or the outside of a cell gives the direction
 * ("into" the cell or "from" the blood is import). A place the reader does not know gives no claim.
 */
export function readTransportClaim(tokens: Tokens, v: number, transport: TransportForm, verbs: VerbIndex): Claim | undefined {
  const place = placeDirection(tokens, v);
  if (!place) return undefined;
  if (transport.slot === 0 && tokens.lower(v + 1) === 'of') return readTransportNoun(tokens, v, place.inward ? transport.inward : transport.outward, place);
  const claim = readVerbClaim(tokens, v, place.inward ? transport.inward : transport.outward, transport.slot, verbs);
  return claim && withPlace(claim, place, false);
}

/**
 * "TF/TFR1-mediated transport of iron from the intracellular to the extracellular space": the noun, with the
 * carrier before it and what is carried after "of"; the place gives the direction, as it does to the verb.
 */
function readTransportNoun(tokens: Tokens, v: number, verb: VerbClass, place: PlaceDirection): Claim | undefined {
  if (tokens.kind(v + 2) !== 'entity' || tokens.lower(v - 2) !== '-' || !/^(mediated|dependent|driven)$/.test(tokens.lower(v - 1) ?? '')) return undefined;
  const subjects = tokens.kind(v - 3) === 'entity' ? readPartiesLeft(tokens, v - 3) : undefined;
  if (!subjects) return undefined;
  const claim = newClaim({
    subjects,
    objects: [partyOf(tokens.at(v + 2)!)],
    effect: verb.effect,
    negated: false,
    form: ClaimForm.Nominal,
    start: subjects[0]!.start,
    end: tokens.at(v + 2)!.end,
    verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'action' },
  });
  return withPlace(claim, place, false);
}

/**
 * A verb of transport with a direction of its own, and the place after it: "imports iron into the cell". A place
 * that says the other way ("exports iron into the cell") leaves no claim: the sentence contradicts itself.
 */
export function withDirectionOfPlace(tokens: Tokens, v: number, claim: Claim): Claim | undefined {
  const place = placeDirection(tokens, v);
  if (!place) return claim;
  if (place.inward !== (claim.effect === 'import')) return undefined;
  return withPlace(claim, place, true);
}

interface PlaceDirection {
  readonly inward: boolean;
  /** The preposition ("into", "out of", "from"), and the end of the place. */
  readonly start: number;
  readonly end: number;
  readonly placeEnd: number;
  /** The preposition that says the other way, where a plain swap keeps the sentence right. */
  readonly reversed?: string;
}

/** The first preposition of place after the verb at `v` that names the inside or the outside of a cell. */
function placeDirection(tokens: Tokens, v: number): PlaceDirection | undefined {
  for (let k = v + 1; k < tokens.length && k < v + 10; k++) {
    const t = tokens.at(k)!;
    if (t.kind === 'punct' && t.lower !== '-') return undefined;
    const outOf = t.lower === 'out' && tokens.at(k + 1)?.lower === 'of';
    // "to the extracellular space" says where the cargo ends up, as "into" does.
    const towards = t.lower === 'into' || t.lower === 'to';
    if (!towards && t.lower !== 'from' && !outOf) continue;
    const place = placeAfter(tokens, outOf ? k + 2 : k + 1);
    if (!place) continue;
    const inward = towards ? place.where === 'inside' : t.lower === 'from' && place.where === 'outside';
    const end = outOf ? tokens.at(k + 1)!.end : t.end;
    // ("from inside" has no plain swap: no fix is offered for it.)
    const reversed = place.where !== 'inside' || place.bare ? undefined : towards ? 'out of' : 'into';
    return { inward, start: t.start, end, placeEnd: place.end, ...(reversed && { reversed }) };
  }
  return undefined;
}

/** The claim with its place: the place is part of what the sentence gets wrong, so the range takes it in. */
function withPlace(claim: Claim, place: PlaceDirection, ofVerb: boolean): Claim {
  const direction = { start: place.start, end: place.end, ...(place.reversed && { reversed: place.reversed }), ...(ofVerb && { ofVerb }) };
  return newClaim({ ...claim, end: Math.max(claim.end, place.placeEnd) }, { ...claim, direction });
}

/** Whether the words from `i` name the inside or the outside of a cell ("the intestinal lumen", "CD8⁺ T cells"). */
function placeAfter(tokens: Tokens, i: number): { where: 'inside' | 'outside'; end: number; bare?: boolean } | undefined {
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens.at(j)!;
    if (t.kind === 'punct') return undefined;
    // "from outside the cell", "to the inside": the first word of place decides.
    if (t.lower === 'outside') return { where: 'outside', end: t.end, bare: true };
    if (t.lower === 'inside') return { where: 'inside', end: t.end, bare: true };
    // "into macrophages": cells the lexicon names are an inside too.
    if (INSIDE.has(t.lower) || tokens.entityType(j) === 'cell') return { where: 'inside', end: t.end };
    if (OUTSIDE.has(t.lower)) return { where: 'outside', end: t.end };
  }
  return undefined;
}
