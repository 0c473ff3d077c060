/**
 * What a subject enables cells to do: "CD36-mediated uptake equips CD8⁺ T cells to resist lipid peroxidation",
 * "FSP1 allows cells to escape ferroptosis", "X helps tumour cells (to) undergo ferroptosis". Resisting,
 * withstanding or escaping the object lowers it; undergoing it raises it.
 */
import { ClaimForm, signedWordClaim, type Claim, type Modifiers } from '../claim';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { clauseSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CELLS, PHRASE_BREAKS, words } from '../vocabulary';

export const ENABLING = words(`equip equips equipped equipping enable enables enabled enabling allow allows allowed allowing help helps
  helped helping permit permits permitted permitting`);
const RESISTING = words('resist withstand escape evade survive tolerate avoid');
const UNDERGOING = words('undergo');

export function readEnablingClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const promote = verbOf(verbs, 'promote');
  const inhibit = verbOf(verbs, 'inhibit');
  if (!promote || !inhibit) return;
  for (let v = 1; v + 3 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !ENABLING.has(tokens.lower(v)!)) continue;
    // The cells enabled: a cell entry or words for cells, a few words long.
    let k = v + 1;
    let cells = false;
    // "helps tumour cells resist ferroptosis": "help" takes a bare infinitive too.
    const bare = tokens.lower(v)!.startsWith('help');
    while (k < tokens.length && k <= v + 6 && tokens.lower(k) !== 'to') {
      if (bare && cells && (RESISTING.has(tokens.lower(k)!) || UNDERGOING.has(tokens.lower(k)!))) break;
      const kind = tokens.kind(k);
      if (kind === 'entity') {
        if (tokens.entityType(k) !== 'cell') break;
        cells = true;
      } else if (kind === 'word') {
        // "tumour-infiltrating CD8⁺ T cells": words of description, but no clause of their own.
        if (CELLS.has(tokens.lower(k)!) || tokens.lower(k) === 'them') cells = true;
        else if (PHRASE_BREAKS.has(tokens.lower(k)!)) break;
      } else if (tokens.lower(k) !== '-' && tokens.lower(k) !== '+' && tokens.lower(k) !== '⁺') break;
      k++;
    }
    if (!cells || (tokens.lower(k) !== 'to' && !bare)) continue;
    if (tokens.lower(k) !== 'to') k--;
    const action = tokens.lower(k + 1) ?? '';
    const sign = RESISTING.has(action) ? -1 : UNDERGOING.has(action) ? 1 : 0;
    if (sign === 0) continue;
    const objects = readPartiesRight(tokens, k + 2);
    if (!objects) continue;
    const modifiers: Modifiers = { negated: false };
    const subjects = clauseSubjects(tokens, skipLeftModifiers(tokens, v - 1, modifiers), verbs, tokens.lower(v)!.endsWith('ing'));
    if (!subjects) continue;
    const end = tokens.at(objects.end)!.end;
    claims.push(signedWordClaim({ subjects, objects: objects.parties, sign, negated: modifiers.negated, form: ClaimForm.Active, end, word: tokens.at(k + 1)!, raise: promote, lower: inhibit }));
  }
}
