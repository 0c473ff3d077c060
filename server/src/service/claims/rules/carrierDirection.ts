/**
 * Which way a carrier moves what it carries, said in words no verb rule parses: "TFR1 is the cell's iron exit
 * door", "ferroportin, the route for pulling iron into the cell", "transferrin-bound iron leaves the cell by this
 * receptor", "the antiporter couples cystine efflux to glutamate uptake". Writers name a transport's direction in
 * many constructions, but with few words: a word of one direction next to the thing carried, in a clause that
 * names the carrier. The rule reads that frame, not the construction, and so keeps to clauses where the frame
 * can say nothing else: one carrier, nothing that changes amounts or manipulates the carrier, no negation or
 * comparison (with those, the direction words describe a result, "FPN loss raised iron uptake", not the carrier).
 * It runs after every other rule and reads nothing another rule already read of the same carrier and cargo.
 */
import type { VerbClass } from '../../lexicon/lexicon';
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { PREVIOUS_SUBJECT } from '../parties';
import { INSIDE, NEGATIONS, OUTSIDE, isReferringNoun, words, isUnsure } from '../vocabulary';

/** Carriers and what each carries, from the lexicon's curated transport relations, and all that is carried. */
export interface Carriage {
  readonly carriers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly cargoes: ReadonlySet<string>;
}

const OUTWARD = words(`export exports exported exporting exporter exporters efflux effluxes exit exits exiting outward outwards
  extrude extrudes extruded extruding expel expels expelled expelling leave leaves leaving`);
const INWARD = words(`import imports imported importing importer importers influx influxes uptake entry enter enters entered entering inward inwards internalize
  internalizes internalized internalizing internalise internalises internalised internalising`);
/** Verbs that take "in" or "out" after what they move: "pulls iron in", "brings glutamate in", "pumps cystine out". */
const MOVING = words(`pull pulls pulled pulling bring brings brought bringing let lets letting draw draws drew drawn drawing
  pump pumps pumped pumping push pushes pushed pushing take takes took taken taking carry carries carried carrying
  ship ships shipped shipping move moves moved moving`);

/**
 * Words after which the direction words describe a result or a manipulation, or a view that is not the writer's:
 * the clause is left to the rules that read those.
 */
const UNSURE = words(`increase increases increased increasing decrease decreases decreased decreasing reduce reduces reduced
  reducing raise raises raised raising lower lowers lowered lowering elevate elevates elevated elevating enhance enhances
  enhanced enhancing impair impairs impaired impairing inhibit inhibits inhibited inhibiting inhibition inhibitor inhibitors
  block blocks blocked blocking blockade suppress suppresses suppressed suppressing abolish abolishes abolished prevent
  prevents prevented preventing restore restores restored rescue rescues rescued knockdown knockout knocked deletion deleted
  delete loss lose lost lack lacks lacking deficient deficiency silencing silenced sirna shrna overexpression overexpressed
  overexpressing upregulation upregulated upregulates downregulation downregulated downregulates ko oe more less higher
  lower greater fewer fold than rather instead unlike versus vs if whether would could may might perhaps possibly
  thought believed assumed proposed claimed sometimes described listed called labelled labeled referred portrayed depicted
  regarded considered ↑ ↓ ? %`);
/** Words that say a sentence reports a view in order to correct it: "…, an iron importer; this is wrong". */
const CORRECTING = words('wrong wrongly incorrect incorrectly mistaken mistakenly erroneous erroneously misconception myth myths false error');
/** Words that end one clause and start another within a sentence. */
const CLAUSE_BREAKS = words('; : ? ! → ⇒ ⟶ ⟹ whereas while whilst but although though because unlike');
/** Words after a comma that start a clause of their own. */
const AFTER_COMMA = words('which and so thereby thus hence whereas while but');

interface Clause {
  readonly from: number;
  readonly to: number;
}

export function readCarrierDirectionClaims(tokens: Tokens, verbs: VerbIndex, carriage: Carriage, claims: Claim[]): void {
  // "The cystine/glutamate antiporter deserves attention. It pushes cystine out of the cell": a sentence that names no
  // carrier but opens with one referred back to speaks of the sentence before's, which the checker resolves.
  const referred = openingReferent(tokens);
  if ((referred === undefined && !namesACarrier(tokens, carriage)) || correcting(tokens)) return;
  const importing = verbOf(verbs, 'import');
  const exporting = verbOf(verbs, 'export');
  if (!importing || !exporting) return;
  const { cargoes } = carriage;
  // "Ferroportin (FPN1), the main route of iron entry into macrophages, was grouped with TFRC": an apposition
  // describes the carrier before it, whatever else the sentence names.
  const spans: { clause: Clause; carrier: number | undefined }[] = [...appositions(tokens, carriage)];
  let previousCarrier: number | undefined;
  for (const clause of clauses(tokens)) {
    let carrier = onlyCarrier(tokens, clause, carriage) ?? (referred !== undefined && clause.from <= referred && referred < clause.to ? referred : undefined);
    // "ferroportin, which pulls iron into the cell", "Ferroportin: a door that lets iron into the cell", "system Xc⁻
    // is an antiporter: it pumps cystine out": the clause after a relative pronoun or a colon is the carrier's.
    if (carrier === undefined && previousCarrier !== undefined && continuesCarrier(tokens, clause)) carrier = previousCarrier;
    previousCarrier = carrier ?? (carriersIn(tokens, clause, carriage) === 0 ? previousCarrier : undefined);
    spans.push({ clause, carrier });
  }
  for (const { clause, carrier } of spans) {
    if (carrier === undefined || unsure(tokens, clause)) continue;
    const id = carrier === referred ? PREVIOUS_SUBJECT : tokens.at(carrier)!.id!;
    for (const [cargo, where] of directionsOfCargo(tokens, clause, cargoes)) {
      // Both ways said of one cargo, or a cargo this carrier is not known to carry: nothing to judge. Nor the cargo
      // given "in exchange for" the one moved: it goes the other way ("brings cystine in in exchange for glutamate").
      if ((where.inward && where.outward) || (id !== PREVIOUS_SUBJECT && !carriage.carriers.get(id)?.has(cargo)) || givenInExchange(tokens, where.cargo)) continue;
      const word = where.inward ?? where.outward!;
      if (claims.some((c) => (c.effect === 'import' || c.effect === 'export') && (readBefore(c, id, cargo) || (c.verb.start < word.end && word.start < c.verb.end)))) continue;
      const verb: VerbClass = where.inward ? importing : exporting;
      const subject = id === PREVIOUS_SUBJECT ? { id, inverted: false, start: tokens.at(carrier)!.start, end: tokens.at(carrier)!.end } : partyOf(tokens.at(carrier)!);
      const object = partyOf(tokens.at(where.cargo)!);
      claims.push(
        newClaim({
          subjects: [subject],
          objects: [object],
          effect: verb.effect,
          negated: false,
          form: ClaimForm.State,
          start: Math.min(subject.start, object.start, word.start),
          end: Math.max(subject.end, object.end, word.end),
          // No fix: the direction's words are too varied to swap one for its opposite safely.
          verb: { start: word.start, end: word.end, verb, slot: 'state' },
        }),
      );
    }
  }
}

/** Whether the cargo at `at` follows "in exchange for" or "in return for" (an adjective or two may come between). */
function givenInExchange(tokens: Tokens, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (tokens.lower(k) === 'for') return /^(exchange|return)$/.test(tokens.lower(k - 1) ?? '');
    if (tokens.kind(k) !== 'word') return false;
  }
  return false;
}

/** The sentence's clauses: parts between semicolons, colons, contrasting words, and commas before a new clause. */
function* clauses(tokens: Tokens): Generator<Clause> {
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    const word = tokens.kind(k) === 'entity' ? '' : tokens.lower(k) ?? '';
    const breaks = k === tokens.length || CLAUSE_BREAKS.has(word) || (word === ',' && AFTER_COMMA.has(tokens.lower(k + 1) ?? ''));
    if (!breaks) continue;
    if (k > from) yield { from, to: k };
    from = k + 1;
  }
}

/** Appositions right after a carrier (and its names in parentheses): ", the main route of iron entry …,". */
function* appositions(tokens: Tokens, carriage: Carriage): Generator<{ clause: Clause; carrier: number }> {
  for (let k = 0; k < tokens.length; k++) {
    if (!carriage.carriers.has(tokens.id(k) ?? '')) continue;
    let comma = k + 1;
    if (tokens.lower(comma) === '(') {
      while (comma < tokens.length && tokens.lower(comma) !== ')') comma++;
      comma++;
    }
    if (tokens.lower(comma) !== ',' || !/^(the|a|an|its)$/.test(tokens.lower(comma + 1) ?? '')) continue;
    let close = comma + 2;
    while (close < tokens.length && close < comma + 16 && tokens.lower(close) !== ',' && !/^[;:.?!]$/.test(tokens.lower(close) ?? '')) close++;
    if (tokens.lower(close) === ',') yield { clause: { from: comma + 1, to: close }, carrier: k };
  }
}

/** Most sentences name no carrier: one look rules them out. */
/** The token of "It", "They" or "This antiporter" opening the sentence, or undefined. */
function openingReferent(tokens: Tokens): number | undefined {
  // "In this conformation(,) the transporter…": past a short opening that points back.
  const at = tokens.lower(0) === 'in' && /^(this|these|that|such)$/.test(tokens.lower(1) ?? '') && tokens.kind(2) === 'word' ? (tokens.lower(3) === ',' ? 4 : 3) : 0;
  const first = tokens.lower(at) ?? '';
  if (first === 'it' || first === 'they') return at;
  return /^(this|these|the)$/.test(first) && tokens.kind(at + 1) === 'word' && isReferringNoun(tokens.lower(at + 1)!) ? at + 1 : undefined;
}

function namesACarrier(tokens: Tokens, carriage: Carriage): boolean {
  for (let k = 0; k < tokens.length; k++) if (carriage.carriers.has(tokens.id(k) ?? '')) return true;
  return false;
}

/** Whether another rule read this carrier moving this cargo. */
function readBefore(claim: Claim, carrier: string, cargo: string): boolean {
  return claim.subjects.some((s) => s.id === carrier) && claim.objects.some((o) => o.id === cargo);
}

function continuesCarrier(tokens: Tokens, clause: Clause): boolean {
  const first = tokens.lower(clause.from);
  if (first === 'which') return tokens.lower(clause.from + 1) !== 'is' || tokens.lower(clause.from + 2) !== 'why';
  if (tokens.lower(clause.from - 1) !== ':') return false;
  // "- ferroportin: import of iron into hepatocytes": a glossary's term alone before the colon.
  const term = clause.from - 2;
  return carrierPronounOrNoun(tokens, clause.from) || (tokens.kind(term) === 'entity' && (term === 0 || tokens.kind(term - 1) === 'punct'));
}

/** "it", "a door", "the cell's iron exit": what starts a clause that says what the carrier before a colon is or does. */
function carrierPronounOrNoun(tokens: Tokens, k: number): boolean {
  return tokens.kind(k) === 'word' && /^(it|a|an|the|its|one|this)$/.test(tokens.lower(k)!);
}

function correcting(tokens: Tokens): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens.kind(k) === 'word' && CORRECTING.has(tokens.lower(k)!)) return true;
  return false;
}

/** How many carrier mentions a clause has. */
function carriersIn(tokens: Tokens, clause: Clause, carriage: Carriage): number {
  let n = 0;
  for (let k = clause.from; k < clause.to; k++) if (carriage.carriers.has(tokens.id(k) ?? '')) n++;
  return n;
}

/** The first mention of the clause's one carrier (mentioned once or under several names of one entry), if it has one. */
function onlyCarrier(tokens: Tokens, clause: Clause, carriage: Carriage): number | undefined {
  let first: number | undefined;
  for (let k = clause.from; k < clause.to; k++) {
    if (!carriage.carriers.has(tokens.id(k) ?? '')) continue;
    // "system Xc⁻ (xCT)", "system Xc⁻ (xCT/4F2hc)": its subunits' names in parentheses name the carrier before it.
    if (first !== undefined && subunitsAfter(tokens, first, k)) continue;
    if (first === undefined) first = k;
    else if (tokens.at(k)!.id !== tokens.at(first)!.id) return undefined;
  }
  return first;
}

/** Whether the entry at `k` is one of the names in parentheses right after the carrier at `carrier`. */
function subunitsAfter(tokens: Tokens, carrier: number, k: number): boolean {
  if (tokens.lower(carrier + 1) !== '(') return false;
  for (let j = carrier + 2; j < tokens.length && j < carrier + 10; j++) {
    if (tokens.lower(j) === ')') return k < j;
    if (tokens.kind(j) !== 'entity' && !/^(\/|,|and|\+)$/.test(tokens.lower(j) ?? '')) return false;
  }
  return false;
}

function unsure(tokens: Tokens, clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) {
    if (tokens.kind(k) === 'entity') continue;
    const word = tokens.lower(k)!;
    if (isUnsure(UNSURE, tokens, k) || NEGATIONS.has(word) || word === "n't") return true;
    // "Slc40a1-/-", "-/-": a genotype.
    if (word === '/' && tokens.lower(k - 1) === '-' && tokens.lower(k + 1) === '-') return true;
  }
  return false;
}

interface Direction {
  readonly start: number;
  readonly end: number;
}

/**
 * The directions said of each cargo in the clause: the nearest word of direction to each mention of it, with no
 * other cargo between them and at most a few words away.
 */
function directionsOfCargo(tokens: Tokens, clause: Clause, cargoes: ReadonlySet<string>): Map<string, { cargo: number; inward?: Direction; outward?: Direction }> {
  const found = new Map<string, { cargo: number; inward?: Direction; outward?: Direction }>();
  const cues: { k: number; inward: boolean; range: Direction }[] = [];
  for (let k = clause.from; k < clause.to; k++) {
    const cue = directionAt(tokens, k, clause, cargoes);
    if (cue !== undefined) cues.push({ k, inward: cue, range: { start: tokens.at(k)!.start, end: tokens.at(k)!.end } });
  }
  if (cues.length === 0) return found;
  const cargoAt: number[] = [];
  for (let k = clause.from; k < clause.to; k++) if (cargoes.has(tokens.id(k) ?? '')) cargoAt.push(k);
  for (const c of cargoAt) {
    let best: (typeof cues)[number] | undefined;
    for (const cue of cues) {
      const distance = Math.abs(cue.k - c);
      if (distance > 6 || cargoAt.some((other) => other !== c && (other - c) * (other - cue.k) < 0)) continue;
      if (!best || distance < Math.abs(best.k - c)) best = cue;
    }
    if (!best) continue;
    const id = tokens.at(c)!.id!;
    const entry = found.get(id) ?? { cargo: c };
    found.set(id, best.inward ? { ...entry, inward: entry.inward ?? best.range } : { ...entry, outward: entry.outward ?? best.range });
  }
  return found;
}

/** Whether the word at `k` says inward (true), outward (false), or neither (undefined). */
function directionAt(tokens: Tokens, k: number, clause: Clause, cargoes: ReadonlySet<string>): boolean | undefined {
  if (tokens.kind(k) !== 'word') return undefined;
  const word = tokens.lower(k)!;
  if (OUTWARD.has(word)) return false;
  if (INWARD.has(word)) return true;
  // "takes up iron", "iron is taken up"
  if (word === 'up' && /^(take|takes|took|taken|taking)$/.test(tokens.lower(k - 1) ?? '')) return true;
  if (word === 'up' && /^(take|takes|took|taken|taking)$/.test(tokens.lower(k - 2) ?? '') && tokens.kind(k - 1) === 'entity') return true;
  // "out of the cell", "out into the bloodstream", "pumps cystine out"
  if (word === 'out') return tokens.lower(k + 1) === 'of' || tokens.lower(k + 1) === 'into' || tokens.lower(k + 1) === 'to' || movedBefore(tokens, k) ? false : undefined;
  // "pulls iron in", "brings glutamate in": "in" ends the phrase.
  if (word === 'in' && movedBefore(tokens, k) && (k + 1 >= clause.to || tokens.kind(k + 1) === 'punct' || /^(from|and|exchange)$/.test(tokens.lower(k + 1) ?? ''))) return true;
  // "IFN-γ from CD8⁺ T cells": a place says a direction only after what moves or a word of moving.
  if (!/^(into|to|from)$/.test(word) || !movingBefore(tokens, k, cargoes)) return undefined;
  const place = placeAfter(tokens, k + 1, clause);
  if (!place) return undefined;
  if (word === 'into' || word === 'to') return place === 'inside';
  if (word === 'from') return place === 'outside';
  return undefined;
}

/** Whether a cargo, or a word of moving, stands within three words before the preposition at `k`. */
function movingBefore(tokens: Tokens, k: number, cargoes: ReadonlySet<string>): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const word = tokens.lower(j) ?? '';
    if (tokens.kind(j) === 'entity' ? cargoes.has(tokens.id(j)!) : MOVING.has(word) || INWARD.has(word) || OUTWARD.has(word) || /^(out|up|in|back)$/.test(word)) return true;
    if (tokens.kind(j) === 'punct') return false;
  }
  return false;
}

/** "pulls iron in", "pumps cystine out": a verb of moving and the thing moved just before the particle. */
function movedBefore(tokens: Tokens, k: number): boolean {
  return tokens.kind(k - 1) === 'entity' && (MOVING.has(tokens.lower(k - 2) ?? '') || (tokens.kind(k - 2) === 'word' && MOVING.has(tokens.lower(k - 3) ?? '')));
}

/** Whether the words from `i` name the inside or the outside of a cell ("the extracellular space", "the cytosol"). */
function placeAfter(tokens: Tokens, i: number, clause: Clause): 'inside' | 'outside' | undefined {
  for (let j = i; j < clause.to && j < i + 4; j++) {
    if (tokens.kind(j) === 'punct') return undefined;
    const word = tokens.lower(j)!;
    // "from outside the cell": the first word of place decides.
    if (word === 'outside') return 'outside';
    if (word === 'inside') return 'inside';
    if (INSIDE.has(word) || tokens.entityType(j) === 'cell') return 'inside';
    if (OUTSIDE.has(word)) return 'outside';
  }
  return undefined;
}
