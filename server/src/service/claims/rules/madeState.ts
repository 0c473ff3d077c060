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

/** Adjectives of an entry's state, and the sign of being in it. */
const STATE_SIGNS: ReadonlyMap<string, 1 | -1> = new Map([
  ['stable', 1], ['unstable', -1], ['active', 1], ['inactive', -1], ['functional', 1], ['nonfunctional', -1], ['abundant', 1],
]);

export function readMadeStateClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const raise = verbOf(verbs, 'stabilize') ?? verbOf(verbs, 'increase');
  const lower = verbOf(verbs, 'destabilize') ?? verbOf(verbs, 'decrease');
  if (!raise || !lower) return;
  for (let v = 0; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !MAKING.has(tokens.lower(v)!) || tokens.kind(v + 1) !== 'entity' || tokens.entityType(v + 1) === 'cell') continue;
    const state = stateAfter(tokens, v + 2);
    if (!state) continue;
    const verb = state.sign === 1 ? raise : lower;
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
function stateAfter(tokens: Tokens, at: number): { sign: 1 | -1; end: number } | undefined {
  let k = at;
  let sign: 1 | -1 = 1;
  if (/^(more|highly|very|fully)$/.test(tokens.lower(k) ?? '')) k++;
  else if (/^(less|poorly)$/.test(tokens.lower(k) ?? '')) {
    sign = -1;
    k++;
  }
  const state = STATE_SIGNS.get(tokens.lower(k) ?? '');
  return state && { sign: (state * sign) as 1 | -1, end: k };
}
