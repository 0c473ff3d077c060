/**
 * What a complex is made of: "system Xc⁻, a heterodimer of SLC7A11 and SLC1A5,", "system Xc⁻ is composed of xCT
 * and LAT1", "xCT pairs with LAT1 (SLC7A5) to form the antiporter", "a homodimer of two xCT subunits". The claim's
 * objects are the parts named; the checker judges them against the entry's curated composition.
 */
import { ClaimForm, newClaim, partyOf, UNNAMED_GENE, type Claim, type ClaimParty } from '../claim';
import { readPartiesLeft } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE, words } from '../vocabulary';
import { namedBefore } from './agent';

/** Nouns of an assembly: "a heterodimer of", "a complex of". */
const ASSEMBLIES = words('heterodimer heterodimers dimer dimers homodimer homodimers complex complexes heterotrimer assembly');
/** Verbs of being made of: "composed of", "consists of", "formed by". */
const MADE_OF = /^(composed|comprised|made|formed|constituted|assembled|built)$/;
export const COMPOSITION_WORDS = words('heterodimer heterodimers dimer dimers homodimer homodimers complex complexes heterotrimer assembly composed comprised consists consist consisting comprises comprise formed constituted pairs pair pairs partners form forms');

export function readCompositionClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const form = verbOf(verbs, 'produce') ?? verbOf(verbs, 'increase');
  if (!form) return;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens.kind(k) !== 'word') continue;
    const read = assemblyOf(tokens, k) ?? madeOf(tokens, k) ?? pairsToForm(tokens, k);
    if (!read || read.parts.length === 0) continue;
    const whole = read.whole;
    const first = Math.min(whole.start, read.parts[0]!.start);
    const last = Math.max(whole.end, tokens.at(read.end)!.end);
    claims.push(
      newClaim(
        {
          subjects: [whole],
          objects: read.parts,
          effect: 'composed',
          negated: false,
          form: ClaimForm.State,
          start: first,
          end: last,
          verb: { start: tokens.at(k)!.start, end: tokens.at(k)!.end, verb: form, slot: 'state' },
        },
        { onlyParts: read.only },
      ),
    );
  }
}

interface Composition {
  readonly whole: ClaimParty;
  readonly parts: readonly ClaimParty[];
  /** The index of the last token of the parts' words ("… SLC3A2 subunits"). */
  readonly end: number;
  /** The parts named are all there is: a homodimer, or "alone". */
  readonly only: boolean;
}

/**
 * "system Xc⁻, a heterodimer of A and B,", "system Xc⁻ (a heterodimer of A and B)", "system Xc⁻ is a heterodimer of
 * A and B", "a homodimer of two A subunits" at the assembly noun `k`.
 */
function assemblyOf(tokens: Tokens, k: number): Composition | undefined {
  if (!ASSEMBLIES.has(tokens.lower(k)!)) return undefined;
  // "a heterodimer of A and B", "the heterodimer formed by (composed of, consisting of) A and B"
  const next = tokens.lower(k + 1) ?? '';
  const from = next === 'of' ? k + 2 : (MADE_OF.test(next) || next === 'consisting') && /^(by|of)$/.test(tokens.lower(k + 2) ?? '') ? k + 3 : -1;
  if (from < 0) return undefined;
  const parts = partsFrom(tokens, from);
  if (!parts) return undefined;
  let a = k - 1;
  while (a > 0 && tokens.kind(a) === 'word' && /^(obligate|functional|disulfide-linked|stable|covalent|membrane)$/.test(tokens.lower(a)!)) a--;
  if (!/^(a|an|the)$/.test(tokens.lower(a) ?? '')) return undefined;
  const whole = wholeBefore(tokens, a - 1);
  return whole && { whole, parts: parts.parties, end: parts.end, only: /^homodimers?$/.test(tokens.lower(k)!) || parts.alone };
}

/** "system Xc⁻ is composed of (consists of, is formed by) A and B" at the verb `k`. */
function madeOf(tokens: Tokens, k: number): Composition | undefined {
  const word = tokens.lower(k)!;
  let after: number;
  if (MADE_OF.test(word)) {
    const preposition = tokens.lower(k + 1);
    if (word === 'made' ? preposition !== 'up' || tokens.lower(k + 2) !== 'of' : !/^(of|by)$/.test(preposition ?? '')) return undefined;
    after = word === 'made' ? k + 3 : k + 2;
  } else if (/^(consists|consist|consisting)$/.test(word) && tokens.lower(k + 1) === 'of') after = k + 2;
  else if (/^(comprises|comprise)$/.test(word)) after = k + 1;
  else return undefined;
  const parts = partsFrom(tokens, after);
  if (!parts) return undefined;
  let w = k - 1;
  while (w > 0 && tokens.kind(w) === 'word' && /^(itself|only|solely|entirely|thought|known|believed|reported|to|be)$/.test(tokens.lower(w)!)) w--;
  // "system Xc⁻ (which is) composed of": the copula, or no word at all, before the participle.
  const whole = wholeBefore(tokens, w) ?? (tokens.kind(w) === 'entity' && tokens.entityType(w) === 'complex' ? partyOf(tokens.at(w)!) : undefined);
  return whole && { whole, parts: parts.parties, end: parts.end, only: parts.alone };
}

/** "A pairs with B to form system Xc⁻", "A and B form system Xc⁻" at the verb `k`. */
function pairsToForm(tokens: Tokens, k: number): Composition | undefined {
  const word = tokens.lower(k)!;
  let parts: ClaimParty[] | undefined;
  let formAt: number;
  if (/^(pairs|pair|partners)$/.test(word) && tokens.lower(k + 1) === 'with') {
    const first = readPartiesLeft(tokens, namedBefore(tokens, k - 1));
    const second = partsFrom(tokens, k + 2);
    if (!first || !second) return undefined;
    parts = [...first, ...second.parties];
    formAt = second.end + 1;
    if (tokens.lower(formAt) === 'to') formAt++;
  } else if (/^(form|forms)$/.test(word)) {
    const left = readPartiesLeft(tokens, namedBefore(tokens, k - 1));
    if (!left || left.length < 2) return undefined;
    parts = left;
    formAt = k;
  } else return undefined;
  // "the light chain SLC7A11 pairs with SLC1A5": a pairing that names no whole is one of the complex the first
  // part belongs to, which the checker looks up.
  if (!/^(form|forms)$/.test(tokens.lower(formAt) ?? '')) {
    const first = parts[0]!;
    return /^(pairs|pair|partners)$/.test(word) && parts.length === 2 && parts.every((p) => !p.inverted) && tokens.entityType(namedBefore(tokens, k - 1)) === 'gene' ? { whole: first, parts, end: formAt - 1, only: false } : undefined;
  }
  let w = formAt + 1;
  while (w < tokens.length && w < formAt + 4 && tokens.kind(w) === 'word' && /^(the|a|functional|active|complete|antiporter|transporter|exchanger|heterodimer)$/.test(tokens.lower(w)!)) w++;
  const whole = tokens.kind(w) === 'entity' ? partyOf(tokens.at(w)!) : undefined;
  return whole && parts.every((p) => !p.inverted) ? { whole, parts, end: w, only: false } : undefined;
}

/**
 * The parts named from `at`: "SLC7A11 and SLC3A2", "two xCT (SLC7A11) subunits", "the xCT subunit (SLC7A11)
 * alone"; with `alone` where the words say they are all there is.
 */
function partsFrom(tokens: Tokens, at: number): { parties: ClaimParty[]; end: number; alone: boolean } | undefined {
  const parties: ClaimParty[] = [];
  let k = at;
  let end = -1;
  let previousEnd = -1;
  let alone = false;
  for (;;) {
    while (k < tokens.length && k < at + 12 && tokens.kind(k) === 'word' && PART_WORDS.test(tokens.lower(k)!)) k++;
    const unnamed = unnamedGene(tokens, k);
    if (unnamed) {
      parties.push(unnamed.party);
      end = k = unnamed.end;
      k++;
    } else if (tokens.kind(k) !== 'entity' || tokens.entityType(k) !== 'gene') break;
    else {
    const id = tokens.at(k)!.id!;
    if (!parties.some((p) => p.id === id)) parties.push(partyOf(tokens.at(k)!));
    end = k++;
    // "xCT (SLC7A11) subunits", "the xCT subunit (SLC7A11) alone": the other name and the word for the part, in
    // either order.
    for (let more = true; more; ) {
      more = false;
      if (tokens.lower(k) === '(' && tokens.kind(k + 1) === 'entity' && tokens.at(k + 1)!.id === id && tokens.lower(k + 2) === ')') [k, end, more] = [k + 3, k + 2, true];
      if (tokens.kind(k) === 'word' && /^(subunits?|chains?|proteins?)$/.test(tokens.lower(k)!)) [k, end, more] = [k + 1, k, true];
    }
    }
    if (tokens.kind(k) === 'word' && /^(alone|only)$/.test(tokens.lower(k)!)) {
      alone = true;
      end = k;
      break;
    }
    // "a heterodimer of SLC7A11 and SLC3A2, and SLC1A5 is not part of it": a part with a verb of its own opens the
    // next clause.
    if (parties.length > 1 && BE.has(tokens.lower(k) ?? '')) {
      parties.pop();
      end = previousEnd;
      break;
    }
    previousEnd = end;
    if (tokens.lower(k) === ',' && tokens.lower(k + 1) === 'and') k += 2;
    else if (tokens.lower(k) === 'and' || tokens.lower(k) === ',') k++;
    else break;
  }
  return parties.length > 0 ? { parties, end, alone } : undefined;
}

/**
 * A gene the lexicon lacks, named as a part at `at` by a symbol ("ASCT2 (SLC1A5)", "the glutamine transporter
 * LAT1"): a part all the same, which the checker finds foreign to a curated composition. Its id says it is unnamed.
 */
function unnamedGene(tokens: Tokens, at: number): { party: ClaimParty; end: number } | undefined {
  let k = at;
  // "the glutamine transporter ASCT2": a few words of what it is.
  while (k < at + 3 && tokens.kind(k) === 'word' && !GENE_SYMBOL.test(tokens.lower(k)!) && /^(glutamine|amino|acid|neutral|transporter|carrier|exchanger|-)$/.test(tokens.lower(k)!)) k++;
  if (tokens.kind(k) !== 'word' || !GENE_SYMBOL.test(tokens.lower(k)!)) return undefined;
  const symbol = tokens.at(k)!;
  let end = k;
  // "ASCT2 (SLC1A5)": its other symbol.
  if (tokens.lower(k + 1) === '(' && GENE_SYMBOL.test(tokens.lower(k + 2) ?? '') && tokens.lower(k + 3) === ')') end = k + 3;
  return { party: { id: `${UNNAMED_GENE}${symbol.lower}`, inverted: false, start: symbol.start, end: symbol.end }, end };
}
/** A gene symbol in lower case: letters, then digits ("asct2", "lat1", "slc1a5", "cd98"). */
const GENE_SYMBOL = /^[a-z]{2,5}\d{1,3}(?:[a-z]\d{1,2})?$/;

/** Words before a part: "two xCT subunits", "the light chain SLC7A11". */
const PART_WORDS = /^(the|two|its|a|an|light|heavy|catalytic|regulatory|chain|chains|subunits?)$/;

/** The complex the assembly is said of, left of `at`: an apposition's comma or parenthesis, or a copula. */
function wholeBefore(tokens: Tokens, at: number): ClaimParty | undefined {
  let k = at;
  if (tokens.lower(k) === ',' || tokens.lower(k) === '(') k--;
  else if (tokens.kind(k) === 'word' && BE.has(tokens.lower(k)!)) k--;
  else return undefined;
  const named = namedBefore(tokens, k);
  return tokens.kind(named) === 'entity' && tokens.entityType(named) === 'complex' ? partyOf(tokens.at(named)!) : undefined;
}
