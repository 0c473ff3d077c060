/**
 * What brings something into the cell, named after "through" or "via": "hepatocytes take up iron mainly through
 * ferroportin", "non-transferrin-bound iron is taken up via ferroportin", "iron enters the cell through TFR1"; or the
 * subject of "takes up" ("ferroportin takes up iron"), unless it is cells, which take up by some route.
 * The entry after the preposition imports the object, which the checker judges against the curated transport.
 */
import { ClaimForm, modifierFields, newClaim, partyOf, type Claim, type ClaimParty, type Modifiers } from '../claim';
import { openingParenthesis, readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { cleftSubject } from '../referents';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { clauseSubjects } from '../subjects';
import { BE, CELLS, INSIDE, isAdverb, transportNounDirection, words } from '../vocabulary';

export const TAKE = words('take takes took taken taking');
export const ENTER = words('enter enters entered entering');
const LEAVE = words('leave leaves left leaving exit exits exited exiting');
/** Verbs of cells gaining something, by a route: "load iron through ferroportin", "acquire cystine via xCT". */
export const ACQUIRE = words('load loads loaded acquire acquires acquired obtain obtains obtained absorb absorbs absorbed');
/** "mediates iron uptake": the subject brings the entry in. */
export const MEDIATE = words('mediate mediates mediated mediating');

/** The entry after "through"/"via" at or after `from` (a few adverbs or "the" first), or undefined. */
function routeAfter(tokens: Tokens, from: number): { parties: ClaimParty[]; end: number } | undefined {
  let k = from;
  while (k < tokens.length && k < from + 3 && tokens.kind(k) === 'word' && isAdverb(tokens.lower(k)!)) k++;
  if (!/^(through|via)$/.test(tokens.lower(k) ?? '')) return undefined;
  const route = readPartiesRight(tokens, k + 1);
  return route && route.parties.every((p) => !p.inverted) ? route : undefined;
}

/** Nouns of a way in ("the main entry route for iron"), after "entry", "import" or "uptake". */
export const ROUTES = words('route routes receptor receptors gate gates gateway gateways door doors doorway doorways point points pathway pathways portal portals channel channels transporter transporters carrier carriers conduit conduits');
/** Words between an entry and the way in it is said to be: "ferroportin serves as the main entry route". */
const LINKS = words(`as is are was were being serves serve served acts act acted functions function represents represent provides provide
  remains remain constitutes constitute the a an main principal major primary chief predominant second another key dominant
  = which it`);

/** "Ferroportin serves as the main entry route for iron": the entry and the object of the way in named at `noun`. */
function entryRouteNoun(tokens: Tokens, noun: number): { subjects: ClaimParty[]; objects: ClaimParty[]; end: number; effect: 'import' | 'export' } | undefined {
  const object: (ReturnType<typeof readPartiesRight> & { effect?: 'export' }) | undefined = entryNamedBefore(tokens, noun) ?? entryNamedAfter(tokens, noun);
  let k = /^(entry|import|uptake|export|efflux|exit)$/.test(tokens.lower(noun - 1) ?? '') ? noun - 2 : noun - 1;
  while (k >= 0 && k > noun - 8 && (tokens.kind(k) === 'word' || tokens.lower(k) === '=') && LINKS.has(tokens.lower(k)!)) k--;
  // "Ferroportin (FPN), which is the main transporter…"
  if (tokens.lower(k) === ',' && tokens.lower(k + 1) === 'which') k--;
  // "ferroportin (FPN1), the transporter through which…": an apposition right after the entry (and its short form).
  const appositive = tokens.lower(k) === ',' && /^(the|a|an)$/.test(tokens.lower(k + 1) ?? '');
  if (appositive && tokens.lower(k - 1) === ')') k = openingParenthesis(tokens, k - 1) - 1;
  else if (appositive && tokens.kind(k - 1) === 'entity') k--;
  // "Ferroportin, which is found mainly on macrophages, hepatocytes and enterocytes, provides…": an aside.
  else if (tokens.lower(k) === ',' && k < noun - 2) k = skipLeftModifiers(tokens, k, { negated: false });
  // "ferroportin (FPN1, SLC40A1) serves as…": the names in parentheses after it.
  if (tokens.lower(k) === ')' && k < noun - 2) k = openingParenthesis(tokens, k) - 1;
  // (An apposition is of the entry alone: "upregulated ferroportin (FPN), the transporter…" is about ferroportin.)
  const subjects = k < noun - 1 && tokens.kind(k) === 'entity' ? (appositive ? [partyOf(tokens.at(k)!)] : readPartiesLeft(tokens, k)) : undefined;
  return object && subjects ? { subjects, objects: object.parties, end: object.end, effect: object.effect ?? 'import' } : undefined;
}

/** "the main entry route for iron": the object after "for" or "of", the way in named before the noun. */
function entryNamedBefore(tokens: Tokens, noun: number): (ReturnType<typeof readPartiesRight> & { effect?: 'export' }) | undefined {
  if (!/^(entry|import|uptake|export|efflux|exit)$/.test(tokens.lower(noun - 1) ?? '') || !/^(for|of)$/.test(tokens.lower(noun + 1) ?? '')) return undefined;
  const moved = readPartiesRight(tokens, noun + 2);
  // "the main export route for intracellular cystine": a way out.
  return moved && /^(export|efflux|exit)$/.test(tokens.lower(noun - 1)!) ? { ...moved, effect: 'export' } : moved;
}

/**
 * "the main route of Fe uptake", "the transporter responsible for (of) the iron entry", "the route by which iron
 * enters": the way in named after.
 */
function entryNamedAfter(tokens: Tokens, noun: number): (ReturnType<typeof readPartiesRight> & { effect?: 'export' }) | undefined {
  // "the principal route by which iron enters these cells"; "… by which excess iron leaves the cell"
  if (/^(by|through|via)$/.test(tokens.lower(noun + 1) ?? '') && tokens.lower(noun + 2) === 'which') {
    const moved = readPartiesRight(tokens, noun + 3);
    const next = tokens.lower((moved?.end ?? noun) + 1) ?? '';
    if (moved && (ENTER.has(next) || (BE.has(next) && /^(imported|taken)$/.test(tokens.lower(moved.end + 2) ?? '')))) return moved;
    if (moved && LEAVE.has(next)) return { ...moved, effect: 'export' };
    // "the transporter through which macrophages, hepatocytes and enterocytes take up (import, acquire) iron"
    const take = afterCells(tokens, noun + 3);
    if (TAKE.has(tokens.lower(take) ?? '') && tokens.lower(take + 1) === 'up') return readPartiesRight(tokens, take + 2);
    if (take > noun + 3 && /^(import|imports|imported|acquire|acquires|acquired|internali[sz]e|internali[sz]es|internali[sz]ed)$/.test(tokens.lower(take) ?? '')) {
      return readPartiesRight(tokens, /^(extracellular|external)$/.test(tokens.lower(take + 1) ?? '') ? take + 2 : take + 1);
    }
    // "the receptor through which tumour cells export surplus iron": a way out.
    if (take > noun + 3 && /^(export|exports|exported|extrude|extrudes|extruded|release|releases|released)$/.test(tokens.lower(take) ?? '')) {
      const out = readPartiesRight(tokens, /^(surplus|excess|intracellular)$/.test(tokens.lower(take + 1) ?? '') ? take + 2 : take + 1);
      return out && { ...out, effect: 'export' };
    }
    return undefined;
  }
  let k = noun + 1;
  if (tokens.lower(k) === 'responsible') k++;
  if (!/^(for|of)$/.test(tokens.lower(k) ?? '')) return undefined;
  const moved = movedByMediation(tokens, k + 1);
  return moved?.effect === 'import' ? { parties: [moved.party], end: moved.end } : undefined;
}

/** What a mediated transport at `at` moves, and which way: "(cellular) iron uptake", "efflux of intracellular cystine". */
function movedByMediation(tokens: Tokens, at: number): { party: ClaimParty; end: number; effect: 'import' | 'export' } | undefined {
  let k = at;
  const skip = (): void => {
    while (k < tokens.length && k < at + 6 && tokens.kind(k) === 'word' && /^(the|cellular|intracellular|extracellular)$/.test(tokens.lower(k)!)) k++;
  };
  skip();
  const after = tokens.kind(k) === 'entity' ? transportNounDirection(tokens.lower(k + 1)) : undefined;
  if (after) return { party: partyOf(tokens.at(k)!), end: k + 1, effect: after };
  const before = transportNounDirection(tokens.lower(k));
  if (!before || tokens.lower(k + 1) !== 'of') return undefined;
  k += 2;
  skip();
  return tokens.kind(k) === 'entity' ? { party: partyOf(tokens.at(k)!), end: k, effect: before } : undefined;
}

/** The index after the cells named from `from`, listed ("macrophages, hepatocytes and absorptive enterocytes"). */
function afterCells(tokens: Tokens, from: number): number {
  let k = from;
  while (k < tokens.length && k < from + 9 && (tokens.entityType(k) === 'cell' || (tokens.kind(k) !== 'entity' && /^(the|cells?|cytosol|cytoplasm|tumour|tumor|target|these|those|absorptive|and|,)$/.test(tokens.lower(k)!)) || CELLS.has(tokens.lower(k) ?? '') || INSIDE.has(tokens.lower(k) ?? ''))) k++;
  return k;
}

export function readEntryRouteClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const importing = verbOf(verbs, 'import');
  const exporting = verbOf(verbs, 'export');
  if (!importing || !exporting) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    const word = tokens.lower(v) ?? '';
    let objects: readonly ClaimParty[] | undefined;
    let route: { parties: ClaimParty[]; end: number } | undefined;
    let start = -1;
    let effect: 'import' | 'export' = 'import';
    // "FPN does not mediate iron uptake": a denial before the verb of a subject read here.
    const modifiers: Modifiers = { negated: false };
    const named = ROUTES.has(word) ? entryRouteNoun(tokens, v) : undefined;
    if (named) {
      [objects, route, start, effect] = [named.objects, { parties: named.subjects, end: named.end }, named.subjects[0]!.start, named.effect];
    } else if (TAKE.has(word) && tokens.lower(v + 1) === 'up') {
      const object = readPartiesRight(tokens, v + 2);
      if (object) {
        // "take up iron through ferroportin"
        objects = object.parties;
        route = routeAfter(tokens, object.end + 1);
        start = tokens.at(v)!.start;
        // "ferroportin takes up transferrin-bound iron": without a route, the subject is what brings it in.
        if (!route && word !== 'taken') {
          const left = skipLeftModifiers(tokens, v - 1, modifiers);
          // "ferroportin is how cells take up iron": in a cleft the entry is the route.
          const subjects = clauseSubjects(tokens, left, verbs, word.endsWith('ing')) ?? cleftSubject(tokens, left);
          if (subjects && subjects.every((s) => tokens.entityType(tokens.indexStartingAt(s.start)) !== 'cell')) [route, start] = [{ parties: subjects, end: object.end }, subjects[0]!.start];
        }
      } else if (word === 'taken') {
        // "iron is taken up through ferroportin"
        route = routeAfter(tokens, v + 2);
        let be = v - 1;
        while (be > 0 && tokens.kind(be) === 'word' && isAdverb(tokens.lower(be)!)) be--;
        const left = BE.has(tokens.lower(be) ?? '') ? skipLeftModifiers(tokens, be - 1, { negated: false }) : -1;
        objects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
        start = objects?.[0]?.start ?? -1;
      }
    } else if (ACQUIRE.has(word)) {
      // "macrophages load iron through ferroportin": what cells gain by a route, the route brings in.
      const object = readPartiesRight(tokens, v + 1);
      route = object && routeAfter(tokens, object.end + 1);
      // ("…through ferroportin (FPN)-mediated uptake" is read by what mediates it.)
      const mediated = route && [1, 2, 3, 4, 5].some((n) => /^(mediated|dependent)$/.test(tokens.lower(route!.end + n) ?? ''));
      if (route && !mediated) [objects, start] = [object!.parties, tokens.at(v)!.start];
      else route = undefined;
    } else if (MEDIATE.has(word)) {
      // "ferroportin, the transporter that mediates cellular iron uptake"; "the heterodimer that mediates efflux
      // of intracellular cystine"
      const moved = movedByMediation(tokens, v + 1);
      if (moved) {
        const subjects = clauseSubjects(tokens, skipLeftModifiers(tokens, v - 1, modifiers), verbs, word.endsWith('ing'));
        if (subjects) [objects, route, start, effect] = [[moved.party], { parties: subjects, end: moved.end }, subjects[0]!.start, moved.effect];
      }
    } else if (ENTER.has(word)) {
      // "iron enters (the) cells through TFR1"
      const left = skipLeftModifiers(tokens, v - 1, { negated: false });
      objects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
      // "iron enters macrophages, hepatocytes and absorptive enterocytes chiefly through FPN": the cells entered,
      // listed, come first.
      route = routeAfter(tokens, afterCells(tokens, v + 1));
      start = objects?.[0]?.start ?? -1;
    }
    if (!objects || !route || start < 0) continue;
    const verb = tokens.at(v)!;
    claims.push(
      newClaim({
        subjects: route.parties,
        objects,
        effect,
        negated: modifiers.negated,
        form: ClaimForm.Active,
        start: Math.min(start, verb.start),
        end: tokens.at(route.end)!.end,
        verb: { start: verb.start, end: verb.end, verb: effect === 'import' ? importing : exporting, slot: 'state' },
      }, modifierFields(modifiers)),
    );
  }
}
