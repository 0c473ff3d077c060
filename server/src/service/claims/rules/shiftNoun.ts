/**
 * A shift of cells named as a noun, with the one who brings it about: "Fe₃O₄-SAS@PLT-induced repolarization of
 * TAMs from M1 to M2", "the repolarization of macrophages from M1 to M2 by these nanoparticles", "… to the M2
 * phenotype that these nanoparticles induce", "iron overload caused a shift towards M2", "the push of iron overload
 * towards M2". The object is the state reached, as after a verb of shifting.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type ClaimParty, type Modifiers } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { definiteReferent } from '../referents';
import { holderParties } from '../holders';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CAUSING_PARTICIPLES, words } from '../vocabulary';
import { SHIFT_NOUNS, shiftOfCells } from './cellShift';

const CAUSING_VERBS = words('induce induces induced drive drives drove cause causes caused trigger triggers triggered promote promotes promoted');

export function readShiftNounClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const verb = verbOf(verbs, 'repolarize') ?? verbOf(verbs, 'promote');
  if (!verb) return;
  for (let v = 1; v + 3 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !/^(of|towards?|into)$/.test(tokens.lower(v + 1) ?? '')) continue;
    const pushed = PUSH_NOUNS.has(tokens.lower(v)!) ? pushOf(tokens, v) : undefined;
    if (!pushed && !SHIFT_NOUNS.has(tokens.lower(v)!)) continue;
    const reached = pushed?.reached ?? shiftOfCells(tokens, v);
    if (!reached) continue;
    const modifiers: Modifiers = { negated: false };
    const causes = pushed?.causes ?? causeBefore(tokens, v) ?? causeAfter(tokens, reached.end + 1) ?? causingSubject(tokens, v, modifiers) ?? summedUpClause(tokens, v, verbs);
    if (!causes) continue;
    const first = Math.min(causes[0]!.start, tokens.at(v)!.start);
    const last = Math.max(causes[causes.length - 1]!.end, tokens.at(reached.end)!.end);
    claims.push(
      newClaim({
        subjects: causes,
        objects: reached.parties,
        effect: 'positive',
        negated: modifiers.negated,
        form: ClaimForm.Nominal,
        start: first,
        end: last,
        verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'state' },
      }),
    );
  }
}

/** Nouns of a push whose "of" names the one who pushes: "the push of iron overload towards M2 polarization". */
export const PUSH_NOUNS = words('push drive pull shift skewing bias');

/** "(the) push of iron overload towards M2 polarization" at `noun`: who pushes, and the cell state reached. */
function pushOf(tokens: Tokens, noun: number): { causes: ClaimParty[]; reached: NonNullable<ReturnType<typeof readPartiesRight>> } | undefined {
  if (tokens.lower(noun + 1) !== 'of' || tokens.kind(noun + 2) !== 'entity' || tokens.entityType(noun + 2) === 'cell') return undefined;
  const agent = readPartiesRight(tokens, noun + 2);
  if (!agent || !/^(towards?|into)$/.test(tokens.lower(agent.end + 1) ?? '')) return undefined;
  const reached = readPartiesRight(tokens, agent.end + 2);
  return reached && tokens.entityType(reached.end) === 'cell' ? { causes: agent.parties, reached } : undefined;
}

/** "Fe₃O₄-SAS@PLT-induced repolarization": the entry joined to a causing participle before the noun. */
function causeBefore(tokens: Tokens, noun: number): ClaimParty[] | undefined {
  if (!CAUSING_PARTICIPLES.test(tokens.lower(noun - 1) ?? '') || tokens.lower(noun - 2) !== '-' || tokens.kind(noun - 3) !== 'entity') return undefined;
  return [partyOf(tokens.at(noun - 3)!)];
}

/** "Iron overload caused (drove, did not trigger) a marked shift towards M2": the subject of a causing verb. */
function causingSubject(tokens: Tokens, noun: number, modifiers: Modifiers): ClaimParty[] | undefined {
  let k = noun - 1;
  while (k > noun - 4 && tokens.kind(k) === 'word' && !/^(a|an|the)$/.test(tokens.lower(k)!)) k--;
  if (!/^(a|an|the)$/.test(tokens.lower(k) ?? '') || !CAUSING_VERBS.has(tokens.lower(k - 1) ?? '')) return undefined;
  const left = skipLeftModifiers(tokens, k - 2, modifiers);
  return left >= 0 ? readPartiesLeft(tokens, left) : undefined;
}

/**
 * "Iron-loaded macrophages expressed more TGM2 and less IL-6, a clear shift toward the M2 phenotype": a shift in
 * apposition to the clause before sums up what the clause's subject did; the holder of its first verb is the cause.
 */
function summedUpClause(tokens: Tokens, noun: number, verbs: VerbIndex): ClaimParty[] | undefined {
  let k = noun - 1;
  while (k > noun - 4 && tokens.kind(k) === 'word' && !/^(a|an)$/.test(tokens.lower(k)!)) k--;
  if (!/^(a|an)$/.test(tokens.lower(k) ?? '') || tokens.lower(k - 1) !== ',') return undefined;
  for (let j = 1; j < k - 1; j++) {
    if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '-') return undefined;
    if (tokens.kind(j) !== 'word' || (!verbs.forms.has(tokens.lower(j)!) && !SHOWING.has(tokens.lower(j)!))) continue;
    const left = skipLeftModifiers(tokens, j - 1, { negated: false });
    const holder = left >= 0 ? holderParties(tokens, left) : undefined;
    // Cells alone ("Macrophages expressed…") shifted themselves: nothing caused it.
    return holder?.every((p) => tokens.entityType(tokens.indexStartingAt(p.start)) !== 'cell') ? holder : undefined;
  }
  return undefined;
}
const SHOWING = words('expressed showed displayed exhibited had acquired adopted');

/**
 * "… to M2 by Fe₃O₄-SAS@PLT (by these nanoparticles)", "… to the M2 phenotype that these nanoparticles induce",
 * "… towards M2 under iron overload": the agent after the state reached.
 */
function causeAfter(tokens: Tokens, at: number): ClaimParty[] | undefined {
  let k = at;
  if (/^(phenotype|state|type|subtype|status)$/.test(tokens.lower(k) ?? '')) k++;
  if (tokens.lower(k) === 'by') return (readPartiesRight(tokens, k + 1) ?? definiteReferent(tokens, k + 1))?.parties;
  if (/^(under|upon)$/.test(tokens.lower(k) ?? '') && tokens.kind(k + 1) === 'entity' && tokens.entityType(k + 1) !== 'cell') return readPartiesRight(tokens, k + 1)?.parties;
  if (tokens.lower(k) !== 'that' && tokens.lower(k) !== 'which') return undefined;
  const agent = definiteReferent(tokens, k + 1) ?? readPartiesRight(tokens, k + 1);
  return agent && CAUSING_VERBS.has(tokens.lower(agent.end + 1) ?? '') ? agent.parties : undefined;
}
