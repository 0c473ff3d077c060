/**
 * Effects written as arrows, as notes, slides, tables and graphical abstracts write them: "IFN-γ → ↑SLC7A11",
 * "↓GSH → ↑lipid ROS", "TYRO3 blockade ↓ ferroptosis", "Acsl4⁻/⁻ cells: ↑ sensitivity to RSL3". An arrow up
 * or down before or after a party is its rise or fall; "→" between two parties says the first leads to the
 * second; an arrow up or down standing alone between two parties is the verb. In LaTeX, $\uparrow$ and its
 * kin reach the prose as these characters (markup/math.ts).
 */
import { ClaimForm, signedWordClaim, type Claim, type ClaimParty } from '../claim';
import { holderParties } from '../holders';
import { beforeDose } from '../asides';
import { ferroptosisFromInducer, readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { ADVERBS, CELLS, LEADS_TO } from '../vocabulary';
import { rowSubject } from './rowSubject';
import { STATES } from './state';

export const UP = '↑';
export const DOWN = '↓';
/** The bar-headed edge of pathway diagrams: the first party inhibits the second. */
export const BLOCKS = '⊣';

/** +1 for an arrow up at `k`, -1 for one down, 0 otherwise. */
function arrowSign(tokens: Tokens, k: number): 1 | -1 | 0 {
  const t = tokens.lower(k);
  return t === UP ? 1 : t === DOWN ? -1 : 0;
}

/** Words a note writes for a rise or a fall after a party: "fraction up", "goes down", "CD8⁺ T cells: decreased". */
// Intransitive verbs of change count too: "the CD8⁺ T-cell fraction fell", "macrophages expanded", "PD-L1 rose".
const UP_WORDS = /^(up|increased|elevated|higher|expanded|raised|rose|risen|grew|climbed|doubled|tripled)$/;
const DOWN_WORDS = /^(down|decreased|reduced|lower|depleted|diminished|fell|fallen|dropped|declined|shrank|halved)$/;

/** The sign of a rise or a fall written at `k` as an arrow or a word ("goes up"), and where it ends; else 0. */
function changeAt(tokens: Tokens, k: number): { sign: 1 | -1 | 0; end: number } {
  const arrow = arrowSign(tokens, k);
  if (arrow !== 0) return { sign: arrow, end: k };
  const at = /^(go|goes|went|going|gone)$/.test(tokens.lower(k) ?? '') ? k + 1 : k;
  const word = tokens.lower(at) ?? '';
  // After a verb of going, only "up" and "down"; alone, a word that ends the note's clause.
  const ends = tokens.kind(at + 1) === undefined || (tokens.kind(at + 1) === 'punct' && tokens.lower(at + 1) !== '-') || /^(and|while|whereas)$/.test(tokens.lower(at + 1) ?? '');
  if ((at > k ? /^(up|down)$/.test(word) : ends) && UP_WORDS.test(word)) return { sign: 1, end: at };
  if ((at > k ? /^(up|down)$/.test(word) : ends) && DOWN_WORDS.test(word)) return { sign: -1, end: at };
  return { sign: 0, end: k };
}

/** Where "->" written with two characters, or an arrow character, stands at `k`: the index after it, or -1. */
function leadsToEnd(tokens: Tokens, k: number): number {
  if (tokens.kind(k) === 'punct' && LEADS_TO.has(tokens.lower(k)!)) return k + 1;
  if (tokens.lower(k) === '-' && tokens.lower(k + 1) === '>' && tokens.at(k)!.end === tokens.at(k + 1)!.start) return k + 2;
  return -1;
}

/** Whether a party's left edge at `k` opens a clause of notes: the start, a mark, or a chain's previous arrow. */
function opensNote(tokens: Tokens, k: number): boolean {
  if (k < 0) return true;
  const t = tokens.lower(k)!;
  return tokens.kind(k) === 'punct' ? t !== '-' || tokens.kind(k - 1) !== 'word' : t === 'and' || t === 'then';
}

/** The parties left of `end` and their sign (a rise or a fall written as an arrow before or after them). */
function leftSide(tokens: Tokens, end: number): { parties: ClaimParty[]; sign: 1 | -1 } | undefined {
  let last = end;
  let sign: 1 | -1 = 1;
  const after = arrowSign(tokens, last);
  if (after !== 0) {
    sign = after;
    last--;
  }
  // "LOX inhibitors (zileuton, PD146176) →", "IFN-γ released by activated CD8⁺ T cells →": asides part nothing.
  const modifiers = { negated: false };
  last = skipLeftModifiers(tokens, last, modifiers);
  // "GPX4 fails → ferroptosis": a state written as a clause is left unread.
  if (last < 0 || modifiers.negated) return undefined;
  const parties = readPartiesLeft(tokens, last) ?? holderParties(tokens, last);
  if (!parties) return undefined;
  let first = tokens.indexStartingAt(parties[0]!.start) - 1;
  const before = arrowSign(tokens, first);
  if (before !== 0) {
    if (after !== 0) return undefined;
    sign = before;
    first--;
  }
  return opensNote(tokens, first) ? { parties, sign } : undefined;
}

/** The row separator that opens the cell an arrowed effect at `at` is in ("| ↑ X, ↓ Y"), or -1. */
function cellStart(tokens: Tokens, at: number): number {
  let k = at - 1;
  // Earlier effects of the same cell: "↑ monocytes/macrophages, ↓ CD8⁺ T cells".
  while (k > 0 && tokens.lower(k) === ',') {
    let j = k - 1;
    while (j > 0 && j > k - 8 && tokens.lower(j) !== '|' && tokens.lower(j) !== ',' && arrowSign(tokens, j) === 0) j--;
    if (arrowSign(tokens, j) === 0) return -1;
    k = j - 1;
  }
  return tokens.lower(k) === '|' ? k : -1;
}

/** The subject of an arrowed effect at `arrow` that opens a table cell: the row's first entry (see `rowSubject`). */
function rowSubjectOf(tokens: Tokens, arrow: number): ClaimParty[] | undefined {
  const separator = cellStart(tokens, arrow);
  return separator >= 0 ? rowSubject(tokens, separator) : undefined;
}

/** The parties right of `from` and their sign; `signed` when an arrow gives it. */
function rightSide(tokens: Tokens, at: number, verbs: VerbIndex): { parties: ClaimParty[]; sign: 1 | -1; arrow: number; end: number } | undefined {
  // "→ compensatory ↑ in GPX4 activity": a word or two may describe the change.
  let words = at;
  while (words < at + 2 && tokens.kind(words) === 'word') words++;
  const from = words > at && arrowSign(tokens, words) !== 0 ? words : at;
  const before = arrowSign(tokens, from);
  const objectFrom = before === 0 ? from : /^(in|of)$/.test(tokens.lower(from + 1) ?? '') ? from + 2 : from + 1;
  const state = before === 0 ? cellsInNoteState(tokens, from, verbs) : undefined;
  if (state) return state;
  const objects = readPartiesRight(tokens, objectFrom);
  if (!objects) return undefined;
  // "→ ferroptosis markedly ↓", "→ ferroptosis blocked": the change after the party, past an adverb.
  let next = objects.end + 1;
  while (tokens.kind(next) === 'word' && ADVERBS.has(tokens.lower(next)!) && next < objects.end + 3) next++;
  // "→ the labile iron pool goes down": a word of change after the party, as an arrow there.
  const change = changeAt(tokens, next);
  const after = change.sign || participleSign(tokens, next, verbs);
  if (before !== 0 && after !== 0) return undefined;
  const sign = before || after;
  const arrow = before !== 0 ? from : after !== 0 ? change.end : -1;
  return { parties: objects.parties, sign: sign === 0 ? 1 : sign, arrow, end: after !== 0 ? change.end : objects.end };
}

/**
 * "ACSL4 knockout → cells sensitised to RSL3-induced ferroptosis": cells, then a participle of raising or
 * lowering with its preposition; the object after it, with the participle's sign ("less" turns it round).
 */
function cellsInNoteState(tokens: Tokens, at: number, verbs: VerbIndex): { parties: ClaimParty[]; sign: 1 | -1; arrow: number; end: number } | undefined {
  if (!CELLS.has(tokens.lower(at) ?? '')) return undefined;
  let k = at + 1;
  let flip = false;
  while (tokens.kind(k) === 'word' && /^(more|less|markedly|strongly|even|further)$/.test(tokens.lower(k)!)) {
    if (tokens.lower(k) === 'less') flip = !flip;
    k++;
  }
  // "→ cells less prone to ferroptosis": an adjective of state stands where the participle would.
  const state = STATES.get(tokens.lower(k) ?? '');
  const form = verbs.forms.get(tokens.lower(k) ?? '');
  const preposition = state && !state.dependence ? state.preposition : form?.verb.forms[3] === tokens.lower(k) ? form?.verb.preposition : undefined;
  const raises = state && !state.dependence ? state.sign === 1 : form?.verb.effect === 'positive' ? true : form?.verb.effect === 'negative' ? false : undefined;
  if (!preposition || raises === undefined) return undefined;
  const objects = readPartiesRight(tokens, k + 1, preposition);
  if (!objects) return undefined;
  const sign = raises !== flip ? 1 : -1;
  return { parties: objects.parties.map(ferroptosisFromInducer), sign, arrow: k, end: objects.end };
}

/** "→ ferroptosis blocked": +1 or -1 for a participle of raising or lowering that ends a note's clause, else 0. */
function participleSign(tokens: Tokens, k: number, verbs: VerbIndex): 1 | -1 | 0 {
  const form = verbs.forms.get(tokens.lower(k) ?? '');
  if (!form || form.verb.forms[3] !== tokens.lower(k)) return 0;
  const next = tokens.kind(k + 1);
  if (next !== undefined && !(next === 'punct' && tokens.lower(k + 1) !== '-')) return 0;
  return form.verb.effect === 'positive' ? 1 : form.verb.effect === 'negative' ? -1 : 0;
}

/** The arrow a fix turns round: "↑" for "↓". */
export function oppositeArrow(arrow: string): string | undefined {
  return arrow === UP ? DOWN : arrow === DOWN ? UP : arrow === BLOCKS ? '→' : undefined;
}

export function readArrowClaims(tokens: Tokens, verbs: VerbIndex, isProcess: (id: string) => boolean, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  const lead = verbOf(verbs, 'lead');
  if (!increase || !decrease || !lead) return;
  for (let a = 1; a < tokens.length - 1; a++) {
    if (tokens.kind(a) !== 'punct') continue;
    let rightFrom = leadsToEnd(tokens, a);
    let verbSign: 1 | -1 = 1;
    // The arrow whose direction states the effect (a fix turns it round), where one does.
    let signArrow = -1;
    // "| Lenvatinib | NRF2 | ↑ CD8⁺ T cells, ↓ TAMs |": an arrow opens an effect in a table row's cell, whose
    // subject is the row's first entry.
    const row = rightFrom < 0 && arrowSign(tokens, a) !== 0 ? rowSubjectOf(tokens, a) : undefined;
    if (row) rightFrom = a;
    else if (tokens.lower(a) === BLOCKS) {
      // "CD36 ⊣ lipid ROS", LaTeX's $\dashv$: the edge of a network diagram that inhibits.
      [rightFrom, verbSign, signArrow] = [a + 1, -1, a];
    } else if (rightFrom < 0) {
      // "Lenvatinib 10 mg/kg: CD8⁺ T cells ↓ and macrophages ↑": a note's list of changes after a colon.
      if (tokens.lower(a) === ':' && arrowSign(tokens, a + 1) === 0) {
        readChangesAfterColon(tokens, a, verbs, claims);
        continue;
      }
      // "TYRO3 blockade ↓ ferroptosis": a lone arrow between two parties is the verb; "Acsl4⁻/⁻ cells: ↑ X", a colon.
      const alone = arrowSign(tokens, a);
      const colon = tokens.lower(a) === ':' && arrowSign(tokens, a + 1) !== 0;
      // An arrow written against the word before it ("TfR1↑") is that word's rise, not a verb.
      if (!colon && (alone === 0 || tokens.at(a - 1)!.end === tokens.at(a)!.start)) continue;
      if (colon) rightFrom = a + 1;
      else [rightFrom, verbSign, signArrow] = [a + 1, alone as 1 | -1, a];
    }
    const left = row ? { parties: row, sign: 1 as const } : leftSide(tokens, a - 1);
    if (!left) continue;
    // "ML162 ⊣ GPX4 → ferroptosis" may be a cascade (GPX4's inhibition leads to ferroptosis) or two edges (GPX4
    // leads to it), and "FSP1 ⊣ lipid peroxidation → ferroptosis" the other way round: after an inhibited entry,
    // an arrow that leads is read neither way.
    if (tokens.lower(a) !== BLOCKS && tokens.lower(tokens.indexStartingAt(left.parties[0]!.start) - 1) === BLOCKS) continue;
    const right = rightSide(tokens, rightFrom, verbs);
    // "GPX4 → L-OH" may name a product as well as an effect: without a sign, only a process is an effect.
    if (!right || (right.arrow < 0 && signArrow < 0 && !right.parties.every((p) => isProcess(p.id)))) continue;
    if (signArrow < 0) signArrow = right.arrow;
    const subjects = left.sign === 1 ? left.parties : left.parties.map((p) => ({ ...p, inverted: !p.inverted }));
    const sign = verbSign * right.sign;
    // An arrow without a direction ("X → ferroptosis") says the subject leads to the object.
    const word = tokens.at(signArrow >= 0 ? signArrow : a)!;
    claims.push(signedWordClaim({ subjects, objects: right.parties, sign: sign > 0 ? 1 : -1, form: ClaimForm.State, end: tokens.at(right.end)!.end, word, raise: signArrow < 0 ? lead : increase, lower: decrease }));
  }
}

/**
 * "Hepa1-6, lenvatinib 10 mg/kg/d × 7: intratumoral CD8⁺ fraction ↓ and F4/80⁺ macrophages ↑": the entry (and
 * its dose) before a note's colon at `colon`, and after it parties each followed by an arrow, joined by "and" or
 * commas; each arrow is the entry's effect on its party.
 */
function readChangesAfterColon(tokens: Tokens, colon: number, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  if (!increase || !decrease) return;
  // "Lenvatinib 10 mg/kg:", "lenvatinib (Hepa1-6):", "Lenvatinib in the Hepa1-6 model:": a dose, an aside or a
  // model after the entry.
  const last = beforeDose(tokens, skipLeftModifiers(tokens, colon - 1, { negated: false }));
  if (tokens.kind(last) !== 'entity' || tokens.entityType(last) === 'cell') return;
  const subjects = readPartiesLeft(tokens, last);
  if (!subjects || !opensNote(tokens, tokens.indexStartingAt(subjects[0]!.start) - 1)) return;
  let at = colon + 1;
  while (at < tokens.length) {
    const objects = readPartiesRight(tokens, at);
    if (!objects) return;
    // "CD8⁺ T-cell fraction ↓": a word of amount may stand between; "CD8⁺ T cells: decreased", a colon.
    let next = /^(fraction|proportion|share|number|numbers|count|counts|levels?|abundance|frequency|infiltration|density)$/.test(tokens.lower(objects.end + 1) ?? '') ? objects.end + 2 : objects.end + 1;
    if (tokens.lower(next) === ':') next++;
    const change = changeAt(tokens, next);
    if (change.sign === 0) return;
    const word = tokens.at(change.end)!;
    claims.push(signedWordClaim({ subjects, objects: objects.parties, sign: change.sign, form: ClaimForm.State, end: word.end, word, raise: increase, lower: decrease }));
    if (!/^(and|,|;)$/.test(tokens.lower(change.end + 1) ?? '')) return;
    at = change.end + 2;
  }
}
