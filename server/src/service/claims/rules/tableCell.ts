/**
 * Effects a table cell states without a verb, about the row's first entry: "| Lenvatinib | NRF2 | fewer CD8⁺ T
 * cells; expansion of monocytes |", "| RRM2 knockdown | … | shift toward M2 |", "| Cisplatin | GSH | PD-L1
 * expression ↓ |". A cell may hold several effects, parted by commas or semicolons. (A cell that opens with a
 * verb is the verb rule's, one that opens with an arrow the arrow rule's.)
 */
import { ClaimForm, signedWordClaim, type Claim, type ClaimParty } from '../claim';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { words } from '../vocabulary';
import { rowSubject } from './rowSubject';

const MORE = words('more increased higher elevated enhanced greater expanded augmented');
const FEWER = words('fewer less decreased reduced lower diminished depleted impaired');
const RISES = words('expansion increase accumulation induction activation upregulation up-regulation enrichment recruitment infiltration');
const FALLS = words('depletion loss reduction decrease suppression inhibition downregulation down-regulation exhaustion');
const SHIFTS = words('shift shifts skewing polarization polarisation repolarization repolarisation');

/** The sign and the first token of the object of an effect that begins at `k`, or undefined. */
function effectAt(tokens: Tokens, k: number): { sign: 1 | -1; from: number; word: number } | undefined {
  const word = tokens.lower(k) ?? '';
  if (MORE.has(word)) return { sign: 1, from: k + 1, word: k };
  if (FEWER.has(word)) return { sign: -1, from: k + 1, word: k };
  const of = tokens.lower(k + 1) === 'of' ? k + 2 : -1;
  if (RISES.has(word) && of > 0) return { sign: 1, from: of, word: k };
  if (FALLS.has(word) && of > 0) return { sign: -1, from: of, word: k };
  // "shift toward M2": the state the cells reach.
  if (SHIFTS.has(word) && /^(toward|towards|to)$/.test(tokens.lower(k + 1) ?? '')) return { sign: 1, from: k + 2, word: k };
  return undefined;
}

export function readTableCellClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  if (!increase || !decrease) return;
  let subjects: ClaimParty[] | undefined;
  let separator = -1;
  for (let k = 1; k < tokens.length; k++) {
    const mark = tokens.lower(k - 1);
    // Effects open a cell, or follow another effect of it after a comma or semicolon.
    if (mark === '|') {
      separator = k - 1;
      subjects = undefined;
    } else if (separator < 0 || (mark !== ',' && mark !== ';')) continue;
    subjects ??= rowSubject(tokens, separator);
    if (!subjects) continue;
    const effect = effectAt(tokens, k);
    const objects = readPartiesRight(tokens, effect ? effect.from : k);
    if (!objects) continue;
    // "PD-L1 expression ↓": with no word of change first, an arrow after the object gives the sign.
    let sign = effect?.sign;
    let word = effect?.word;
    let end = objects.end;
    if (!effect) {
      let after = objects.end + 1;
      while (after < tokens.length && after <= objects.end + 2 && tokens.kind(after) === 'word') after++;
      const arrow = tokens.lower(after);
      if (arrow !== '↑' && arrow !== '↓') continue;
      [sign, word, end] = [arrow === '↑' ? 1 : -1, after, after];
    }
    // The next token must end the effect: the cell's end, or another effect of it.
    if (end + 1 < tokens.length && !/^[|,;.]$/.test(tokens.lower(end + 1)!)) continue;
    claims.push(signedWordClaim({ subjects, objects: objects.parties, sign: sign!, form: ClaimForm.State, end: tokens.at(end)!.end, word: tokens.at(word!)!, raise: increase, lower: decrease }));
  }
}
