/**
 * An entry made to be in a state by the subject: "metformin made PD-L1 more stable", "… by rendering GPX4
 * inactive". The adjective gives the sign (more stable raises the entry, unstable or less active lowers it); cells
 * made resistant or sensitive are read by the state rule (rules/state.ts).
 */
import { newClaim, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { words } from '../vocabulary';
import { readVerbClaim } from './verb';

export const MAKING = words('make makes made making render renders rendered rendering');

/** Adjectives of an entry's state: the sign of being in it, and the verbs that say it in a reading. */
const STATES: ReadonlyMap<string, { sign: 1 | -1; raise: string; lower: string }> = new Map([
  ['stable', { sign: 1, raise: 'stabilize', lower: 'destabilize' }],
  ['unstable', { sign: -1, raise: 'stabilize', lower: 'destabilize' }],
  ['active', { sign: 1, raise: 'activate', lower: 'inactivate' }],
  ['inactive', { sign: -1, raise: 'activate', lower: 'inactivate' }],
  ['functional', { sign: 1, raise: 'activate', lower: 'inactivate' }],
  ['nonfunctional', { sign: -1, raise: 'activate', lower: 'inactivate' }],
  ['abundant', { sign: 1, raise: 'increase', lower: 'decrease' }],
  // "DHODH makes ferroptosis more likely", "cutting off iron made ferroptosis worse": a process made likelier or
  // worse is raised.
  ['likely', { sign: 1, raise: 'promote', lower: 'inhibit' }],
  ['probable', { sign: 1, raise: 'promote', lower: 'inhibit' }],
  ['unlikely', { sign: -1, raise: 'promote', lower: 'inhibit' }],
  ['worse', { sign: 1, raise: 'promote', lower: 'inhibit' }],
  ['severe', { sign: 1, raise: 'promote', lower: 'inhibit' }],
]);

/** Adjectives of how cells fare: "NRF2 activation made NK cells weaker", "… kept T cells healthy". */
const CELL_STATES: ReadonlyMap<string, { sign: 1 | -1; raise: string; lower: string }> = new Map([
  ['weak', { sign: -1, raise: 'increase', lower: 'impair' }],
  ['weaker', { sign: -1, raise: 'increase', lower: 'impair' }],
  ['strong', { sign: 1, raise: 'increase', lower: 'impair' }],
  ['stronger', { sign: 1, raise: 'increase', lower: 'impair' }],
  ['healthy', { sign: 1, raise: 'increase', lower: 'impair' }],
  ['healthier', { sign: 1, raise: 'increase', lower: 'impair' }],
  ['fitter', { sign: 1, raise: 'increase', lower: 'impair' }],
  ['dysfunctional', { sign: -1, raise: 'increase', lower: 'impair' }],
  ['exhausted', { sign: -1, raise: 'increase', lower: 'impair' }],
]);

export function readMadeStateClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  for (let v = 0; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !MAKING.has(tokens.lower(v)!)) continue;
    // "made the tired NK cells weaker": an article and a describing word may come before the entry.
    const at = tokens.kind(v + 1) === 'entity' ? v + 1 : /^(the|these|those|their|its)$/.test(tokens.lower(v + 1) ?? '') ? (tokens.kind(v + 2) === 'entity' ? v + 2 : tokens.kind(v + 3) === 'entity' && tokens.kind(v + 2) === 'word' ? v + 3 : -1) : -1;
    if (at < 0) continue;
    const cells = tokens.entityType(at) === 'cell';
    const state = stateAfter(tokens, at + 1, cells ? CELL_STATES : STATES);
    if (!state) continue;
    const verb = verbOf(verbs, state.sign === 1 ? state.words.raise : state.words.lower);
    if (!verb) continue;
    const slot = tokens.lower(v)!.endsWith('ing') ? 4 : /^(made|rendered)$/.test(tokens.lower(v)!) ? 2 : tokens.lower(v)!.endsWith('s') ? 1 : 0;
    // "made" and "rendered" are past tense and participle alike, as the verbs read in their place are.
    const read = readVerbClaim(tokens, v, verb, slot, verbs);
    if (!read || read.objects.length !== 1) continue;
    const adjective = tokens.at(state.end)!;
    // The word that is wrong is the adjective: no verb of the sentence is swapped.
    claims.push(newClaim({ ...read, end: Math.max(read.end, adjective.end), verb: { start: adjective.start, end: adjective.end, verb, slot: 'state' } }, read));
  }
}

/** "(more, less, highly) stable" at `at`: the sign of the state and the index of the adjective. */
function stateAfter(tokens: Tokens, at: number, states: typeof STATES): { sign: 1 | -1; end: number; words: { raise: string; lower: string } } | undefined {
  let k = at;
  let sign: 1 | -1 = 1;
  // "even weaker", "still more likely"
  if (/^(even|still|much|far)$/.test(tokens.lower(k) ?? '')) k++;
  if (/^(more|highly|very|fully)$/.test(tokens.lower(k) ?? '')) k++;
  else if (/^(less|poorly)$/.test(tokens.lower(k) ?? '')) {
    sign = -1;
    k++;
  }
  const state = states.get(tokens.lower(k) ?? '');
  return state && { sign: (state.sign * sign) as 1 | -1, end: k, words: state };
}
