/**
 * The objects of a claim: the parties read rightwards from a verb (fillers, the entity, coordinated entities and
 * post-modifiers). The subjects, read leftwards, are in parties.ts.
 */
import { isCellLineName } from './asides';
import type { ClaimParty } from './claim';
import { commaContinuesList, opensClause, pastDescription, skipEntityModifiers } from './lists';
import { GENOTYPE_WORDS, cellInState, cellsMarkedBy, cellsOfOpening, cellsThatDie, describesCells, hostCells, inducedDeathEnd, isMarkerSign, joinsWord, markerAhead, namesHolder } from './cellWords';
import { type Token, Tokens } from './tokens';
import { ADVERBS, AMOUNT_NOUNS, INVERTING_POST, INVERTING_PRE, KEEPING_POST, KEEPING_PRE, LOWERING, OBJECT_FILLERS, RAISING } from './vocabulary';
import { FALL_NOUNS, FERROPTOSIS_ID, POTENCY, amountBefore, ferroptosisFromInducer } from './partyWords';

/**
 * Whether the preposition at `at` belongs to the noun before it rather than to the verb: "shifted sensitivity
 * to ferroptosis inducers" shifts no cells to anything.
 */
function ownPreposition(tokens: Tokens, at: number, preposition: string): boolean {
  return preposition === 'toward' && tokens.lower(at) === 'to' && /^(sensitivity|susceptibility|resistance|vulnerability|exposure|response|responses)$/.test(tokens.lower(at - 1) ?? '');
}

/** Whether `word` introduces the object of a verb whose preposition is `preposition` ("protects from", "skews towards"). */
function takesPreposition(preposition: string, word: string): boolean {
  if (word === preposition) return true;
  if (preposition === 'against') return word === 'from';
  if (preposition === 'toward') return word === 'towards' || word === 'to' || word === 'into';
  // "more sensitive for RSL3", as writers whose first language says "for" there write it; "sensitised the cells
  // towards RSL3", as others do.
  if (preposition === 'to') return word === 'for' || word === 'towards' || word === 'toward';
  // "acts at system Xc⁻": where a compound acts, as "on" says.
  if (preposition === 'on') return word === 'at' || word === 'upon';
  return false;
}


/** Nouns for what carries or handles a molecule: "the cystine pump (system Xc⁻)". */
const CARRIERS: ReadonlySet<string> = new Set(['pump', 'transporter', 'importer', 'exporter', 'antiporter', 'channel', 'carrier', 'exchanger', 'enzyme']);

/** Nouns for a group of cells whose members a dash, a colon or a parenthesis then lists. */
const GROUP_NOUNS = /^(compartments?|populations?|subsets?|cells|types|lineages|infiltrates?|fractions?)$/;

/** Objects to the right of `from`: fillers, the entity, coordinated entities, and post-modifiers. */
export function readPartiesRight(
  tokens: Tokens,
  from: number,
  preposition?: string,
): { parties: ClaimParty[]; end: number; preposition?: { start: number; end: number } } | undefined {
  if (from < 0 || from >= tokens.length) return undefined;
  // "increased sensitivity to RSL3": the object is the ferroptosis that RSL3 induces; resistance reverses the sign.
  let i = from;
  let prepositionToken: Token | undefined;
  if (preposition) {
    // "sensitizes (tumour) cells to ferroptosis", "protects cells against/from ferroptosis"
    let hops = 0;
    // "skews TAMs away from the M1 state and towards M2", "pushes them out of the tumour-fighting M1 state into
    // M2": the state left is named on the way to the one reached.
    let leaving = false;
    while (i < tokens.length && !(takesPreposition(preposition, tokens.at(i)!.lower) && !ownPreposition(tokens, i, preposition))) {
      if (preposition === 'toward' && (tokens.lower(i) === 'from' || (tokens.lower(i) === 'of' && tokens.lower(i - 1) === 'out'))) leaving = true;
      // "shifted the polarisation of macrophages in favour of the M2 phenotype"
      if (preposition === 'toward' && tokens.lower(i) === 'in' && /^(favour|favor)$/.test(tokens.lower(i + 1) ?? '') && tokens.lower(i + 2) === 'of') {
        i += 2;
        break;
      }
      // "acts as an upstream brake on cystine import": the "on" is the role's, not the verb's.
      if (preposition === 'on' && tokens.lower(i) === 'as') return undefined;
      // "sensitizes follicular helper T (TFH) cells to…": an aside parts nothing.
      if (tokens.lower(i) === '(') {
        let close = i + 1;
        while (close < tokens.length && close < i + 8 && tokens.lower(close) !== ')') close++;
        if (tokens.lower(close) === ')') {
          i = close + 1;
          continue;
        }
      }
      // (A hyphen inside a name, "co-cultured THP-1 macrophages", is no step.)
      if ((tokens.at(i)!.kind === 'punct' && tokens.at(i)!.lower !== '-' && !isMarkerSign(tokens, i) && !joinsWord(tokens, i)) || (tokens.at(i)!.lower !== '-' && ++hops > (leaving ? 12 : 6))) return undefined;
      i++;
    }
    if (i >= tokens.length) return undefined;
    prepositionToken = tokens.at(i)!;
    i++;
  }
  let hops = 0;
  let inverted = false;
  let reducedBefore = false;
  let toFerroptosis = false;
  // "increased tumour-cell expression of SLC7A11": the cells say where the amount was measured, of the entry after.
  if (tokens.entityType(i) === 'cell' && AMOUNT_NOUNS.has(tokens.lower(i + 1) ?? '') && tokens.lower(i + 2) === 'of' && tokens.kind(i + 3) === 'entity' && tokens.entityType(i + 3) !== 'cell') i += 3;
  while (i < tokens.length && tokens.at(i)!.kind !== 'entity') {
    const t = tokens.at(i)!;
    // "tumour-cell ferroptosis": a hyphen joins two fillers.
    if (t.lower === '-' && tokens.kind(i - 1) === 'word' && (tokens.kind(i + 1) === 'word' || tokens.lower(i - 1) === 'non')) {
      i++;
      continue;
    }
    // "steady-state lipid peroxide levels": when the amount is measured describes it.
    if (t.lower === 'steady' && tokens.lower(i + 1) === '-' && tokens.lower(i + 2) === 'state') {
      i += 3;
      continue;
    }
    // "[¹⁴C]-cystine uptake": an isotope label in brackets before the entry.
    if (t.lower === '[' && tokens.lower(i + 2) === ']' && tokens.lower(i + 3) === '-') {
      i += 4;
      continue;
    }
    // "killed more than 60% of human PBMCs": a share of the cells is still the cells.
    if (t.lower === '%' || (t.lower === 'than' && /^(more|less|fewer)$/.test(tokens.lower(i - 1) ?? ''))) {
      i++;
      continue;
    }
    // "CD206⁺ M2 macrophages", "MHC-II+ M1 macrophages": a marker and its sign describe the cells; so do the
    // points and dashes inside a name ("RAW264.7 macrophages", "bone marrow–derived macrophages").
    if (isMarkerSign(tokens, i) || joinsWord(tokens, i)) {
      i++;
      continue;
    }
    // "healthy-donor PBMCs", "tumour-bearing mice": two words joined by a hyphen describe the cells after them.
    if (t.kind === 'word' && tokens.lower(i + 1) === '-' && tokens.kind(i + 2) === 'word' && tokens.entityType(i + 3) === 'cell') {
      i += 3;
      continue;
    }
    // "peroxidation-driven death of PBMCs", "the calcein-quenchable labile iron pool": a compound adjective (a
    // participle or an -able word after the hyphen) describes the object.
    if (t.kind === 'word' && tokens.lower(i + 1) === '-' && /^(driven|induced|mediated|dependent|associated|related|triggered|linked|\w+able|\w+ible)$/.test(tokens.lower(i + 2) ?? '')) {
      i += 3;
      continue;
    }
    // "enlarge the immunosuppressive compartment — M2-TAMs, MDSCs and Tregs —": the group, then its members.
    // ("… compartment — more M2-TAMs and MDSCs": "more" keeps the sign.)
    if (/^[—–:(]$/.test(t.lower) && GROUP_NOUNS.test(tokens.lower(i - 1) ?? '') && (tokens.kind(i + 1) === 'entity' || (tokens.lower(i + 1) === 'more' && tokens.kind(i + 2) === 'entity'))) {
      i += tokens.kind(i + 1) === 'entity' ? 1 : 2;
      continue;
    }
    if (t.kind !== 'word' || ++hops > 9) return undefined;
    // "the tumour-friendly M2 state", "the tumour-promoting M2 state": a compound adjective describes the object
    // (not "anti-", "pro-" or "non-", which say which way, nor a marker's "LC3-positive ferritin puncta").
    if (tokens.lower(i - 1) === '-' && tokens.kind(i - 2) === 'word' && !/^(anti|pro|non|de|un)$/.test(tokens.lower(i - 2)!) && /(?:ly|ing|ive|ory)$/.test(t.lower) && !/^(positive|negative|expressing)$/.test(t.lower)) {
      i++;
      continue;
    }
    if (/^(sensitivity|susceptibility|vulnerability|resistance)$/.test(t.lower) && tokens.at(i + 1)?.lower === 'to') {
      if (t.lower === 'resistance') inverted = !inverted;
      toFerroptosis = true;
      i += 2;
      continue;
    }
    // "turns up the gene for SLC7A11": the gene for an entry is the entry.
    if (/^(gene|genes)$/.test(t.lower) && tokens.lower(i + 1) === 'for') {
      i += 2;
      continue;
    }
    // "conferred protection against RSL3": the ferroptosis RSL3 induces, lowered.
    if (t.lower === 'protection' && /^(against|from)$/.test(tokens.lower(i + 1) ?? '')) {
      inverted = !inverted;
      toFerroptosis = true;
      i += 2;
      continue;
    }
    // "lowers the threshold for ferroptosis": what lowers a threshold makes the process come more easily.
    // But "the catalytic turnover of GPX4" is its activity, not its breakdown.
    const catalytic = tokens.lower(i - 1) === 'turnover' && /^(catalytic|peroxidase|enzymatic|enzyme)$/.test(tokens.lower(i - 2) ?? '');
    if ((t.lower === 'of' && INVERTING_PRE.has(tokens.at(i - 1)?.lower ?? '') && !catalytic) || (t.lower === 'for' && tokens.lower(i - 1) === 'threshold')) inverted = !inverted;
    // "caused a fall in ROS", "a decrease in GSH": a change that lowers takes "in" as "an increase in" does.
    else if (FALL_NOUNS.has(t.lower) && tokens.lower(i + 1) === 'in' && ((tokens.kind(i - 1) === 'word' && OBJECT_FILLERS.has(tokens.lower(i - 1)!)) || tokens.lower(i - 1) === '%')) inverted = !inverted;
    else if (t.lower === 'reduced') reducedBefore = true;
    else if (LOWERING.has(t.lower)) inverted = !inverted;
    else if (RAISING.has(t.lower)) {
      // "caused more lipid peroxidation": the amount raised keeps the sign
    } else if (INVERTING_PRE.has(t.lower) && t.lower.endsWith('ing') && tokens.at(i + 1)?.lower !== 'of') {
      // "by blocking iron availability": a gerund that takes the entry away.
      inverted = !inverted;
    } else if (INVERTING_PRE.has(t.lower) && tokens.at(i + 1)?.lower === 'of') {
      // counted at the "of"
    } else if ((t.lower === 'and' || t.lower === 'or') && /^[+⁺]$/.test(tokens.lower(i - 1) ?? '')) {
      // "CD107a⁺ and IFN-γ⁺ NK cells": markers of the same cells
    } else if ((t.lower === 'and' || t.lower === 'or') && hops > 1 && tokens.kind(i + 1) === 'word' && OBJECT_FILLERS.has(tokens.lower(i + 1)!)) {
      // "the stability and membrane localisation of PD-L1": two nouns of one object
    } else if (GROUP_NOUNS.test(t.lower) && /^[—–:(]$/.test(tokens.lower(i + 1) ?? '') && (tokens.kind(i + 2) === 'entity' || (tokens.lower(i + 2) === 'more' && tokens.kind(i + 3) === 'entity'))) {
      // the group whose members follow, read at the mark
    } else if (!OBJECT_FILLERS.has(t.lower) && !ADVERBS.has(t.lower) && !KEEPING_PRE.has(t.lower) && !/\d/.test(t.lower) && !markerAhead(tokens, i) && !describesCells(tokens, i) && !isCellLineName(tokens, i)) {
      // A word with a digit is a marker or a name ("CD206hi M2 macrophages", "HT-1080 cells"), no claim word.
      return undefined;
    }
    i++;
  }
  if (i >= tokens.length) return undefined;
  if (reducedBefore && amountBefore(tokens, 'reduced', i) === -1) inverted = !inverted;
  // "IFN-γ⁺ NK cells", "CD107a⁺ and IFN-γ⁺ NK cells": an entry marked with a sign describes the cells after it.
  i = cellsMarkedBy(tokens, i);
  const parties: ClaimParty[] = [];
  // "tumour-cell ferroptosis", "CD8⁺ T cell ferroptosis": an entry right before another names whose it is.
  // But "M2-like TAMs", "M1-polarized macrophages": cells in a state are the cells of that state.
  while ((tokens.kind(i + 1) === 'entity' && !(tokens.entityType(i) === 'cell' && tokens.entityType(i + 1) === 'cell')) || (tokens.lower(i + 1) === '-' && tokens.kind(i + 2) === 'entity' && tokens.kind(i + 3) !== 'word')) i += tokens.kind(i + 1) === 'entity' ? 1 : 2;
  if (cellInState(tokens, i, i + 3)) i += 3;
  // "the cystine-transporter subunits SLC7A11 and SLC3A2": an entry hyphened to a noun only describes the entries
  // named after it.
  if (tokens.lower(i + 1) === '-' && tokens.kind(i + 2) === 'word' && !INVERTING_POST.has(tokens.lower(i + 2)!)) {
    const named = tokens.kind(i + 3) === 'entity' ? i + 3 : tokens.kind(i + 3) === 'word' && /^(subunits?|components?|genes?|proteins?|members?|family)$/.test(tokens.lower(i + 3)!) && tokens.kind(i + 4) === 'entity' ? i + 4 : -1;
    if (named > 0 && tokens.entityType(named) !== 'cell') i = named;
  }
  // "immune cells (PBMCs)": the cells named more exactly in parentheses are the party.
  if (tokens.entityType(i) === 'cell' && tokens.lower(i + 1) === '(' && tokens.entityType(i + 2) === 'cell' && tokens.lower(i + 3) === ')' && tokens.at(i + 2)!.id !== tokens.at(i)!.id) i += 2;
  // "the cystine pump (system Xc⁻)": what carries the entry, named in parentheses, is the party.
  if (tokens.kind(i + 1) === 'word' && CARRIERS.has(tokens.lower(i + 1)!) && tokens.lower(i + 2) === '(' && tokens.kind(i + 3) === 'entity' && tokens.lower(i + 4) === ')') i += 3;
  // "the cystine importer system Xc⁻": named in apposition too.
  else if (tokens.kind(i + 1) === 'word' && CARRIERS.has(tokens.lower(i + 1)!) && tokens.kind(i + 2) === 'entity' && tokens.entityType(i + 2) !== 'cell') i += 2;
  // The cells after a state ("M2-like TAMs") belong to the party's range.
  const cellsAfter = tokens.kind(i + 1) === 'entity' ? i + 1 : -1;
  let end = skipEntityModifiers(tokens, i);
  if (end < 0) return undefined;
  // "drives PBMC differentiation into B cells": what the cells become, not more of them (rules/differentiation.ts).
  if (tokens.entityType(end) === 'cell' && (tokens.lower(end + 1) ?? '').startsWith('differentiat')) return undefined;
  // "accelerated RSL3-induced death": the death an inducer causes is its ferroptosis.
  const death = inducedDeathEnd(tokens, end);
  if (death > 0) {
    const party = ferroptosisFromInducer({ id: tokens.at(end)!.id!, inverted, start: tokens.at(end)!.start, end: tokens.at(death)!.end });
    return { parties: [party], end: death, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
  }
  let listEnd = end;
  for (;;) {
    const entity = tokens.at(end)!;
    let post = (end === i && cellsAfter > 0 ? cellsAfter : end) + 1;
    let partyInverted = inverted;
    // "higher RSL3 AUCs", "the erastin IC50": a potency measure of the compound, whose rise is resistance to it.
    if (POTENCY.test(tokens.lower(post) ?? '')) return undefined;
    // "NK metabolic and functional deficits": words that describe the noun after the entry come first.
    post = pastDescription(tokens, post);
    while (post < tokens.length && (tokens.at(post)!.lower === '-' || (tokens.at(post)!.kind === 'word' && (INVERTING_POST.has(tokens.at(post)!.lower) || KEEPING_POST.has(tokens.at(post)!.lower))))) {
      // "Treg-mediated suppression" is what Tregs do, not their loss.
      if (tokens.at(post)!.lower === '-' && /^(mediated|driven|induced|dependent|derived)$/.test(tokens.lower(post + 1) ?? '')) break;
      if (INVERTING_POST.has(tokens.at(post)!.lower)) partyInverted = !partyInverted;
      post++;
    }
    // "killed SLC7A11-overexpressing cells", "treated GPX4-null tumours": cells of a genotype are the object, not
    // the entry; the verb says nothing about it.
    if (GENOTYPE_WORDS.has(tokens.lower(post - 1) ?? '') && namesHolder(tokens, post)) {
      // But "prevented the death of Gpx4-deficient Treg cells": named cells are the object, in the genotype's
      // context, as the first party.
      const host = parties.length === 0 && !toFerroptosis ? hostCells(tokens, post) : -1;
      if (host > 0) {
        const cells = tokens.at(host)!;
        return { parties: [{ id: cells.id!, inverted, start: entity.start, end: cells.end }], end: host, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      }
      // A list that goes on into such cells ends before them: "resistant to lipid peroxides, and Gpx4-null T cells…".
      return parties.length === 0 ? undefined : { parties, end: listEnd, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
    }
    const party = { id: entity.id!, inverted: partyInverted, start: entity.start, end: tokens.at(post - 1)!.end };
    parties.push(toFerroptosis ? ferroptosisFromInducer(party) : party);
    listEnd = post - 1;
    // "triggered ferroptotic death of human PBMCs": the cells that die are an object too, lowered. So are those of
    // an opening "In human PBMCs, …", where the death comes first in the list.
    const dying = entity.id === FERROPTOSIS_ID ? cellsThatDie(tokens, post) : -1;
    const opening = entity.id === FERROPTOSIS_ID && dying < 0 && parties.length === 1 ? cellsOfOpening(tokens, end) : -1;
    if (opening > 0) parties.push({ id: tokens.id(opening)!, inverted: !partyInverted, start: entity.start, end: entity.end });
    if (dying > 0) {
      const cells = tokens.at(dying)!;
      parties.push({ id: cells.id!, inverted: !partyInverted, start: entity.start, end: cells.end });
      // "ferroptosis in tumour cells" says where: the claim's words end at ferroptosis, as they do without it.
      return { parties, end: tokens.lower(post) === 'in' ? post - 1 : dying, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
    }
    // "transferrin receptor 1 (TFR1) and ferroportin-1": the party's short form in parentheses parts no list.
    const shortForm = tokens.lower(post) === '(' && tokens.at(post + 1)?.id === entity.id && tokens.lower(post + 2) === ')';
    const link = tokens.at(shortForm ? post + 3 : post);
    const next = tokens.at(shortForm ? post + 4 : post + 1);
    if (shortForm && link && /^(and|or|,)$/.test(link.lower) && (next?.kind === 'entity' || next?.lower === 'and')) post += 3;
    if (link?.lower === ',' && next?.kind === 'entity' && !commaContinuesList(tokens, post + 1)) {
      return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
    }
    // "monocyte/macrophage fraction", "SLC7A11/SLC3A2": entries of one kind joined by a slash are a list too.
    // But "the M1/M2 ratio" is one quantity, and "the SLC7A11/SLC3A2 antiporter" one complex.
    const slash = link?.lower === '/' && next?.kind === 'entity' && tokens.entityType(post + 1) === tokens.entityType(end) && next.id !== entity.id && !/^(ratio|ratios|balance|antiporter|transporter|heterodimer|complex|system|axis|pathway|pair|exchanger)$/.test(tokens.lower(post + 2) ?? '');
    if (link && (link.lower === 'and' || link.lower === 'or' || link.lower === 'nor' || link.lower === ',' || slash) && next?.kind === 'entity') {
      end = skipEntityModifiers(tokens, post + 1);
      if (end < 0) return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      continue;
    }
    if (link?.lower === ',' && (next?.lower === 'and' || next?.lower === 'or') && tokens.at(post + 2)?.kind === 'entity' && !opensClause(tokens, post + 2)) {
      end = skipEntityModifiers(tokens, post + 2);
      if (end < 0) return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      continue;
    }
    return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
  }
}
