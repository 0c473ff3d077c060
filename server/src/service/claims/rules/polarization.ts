/**
 * Which way an agent turns cells, read from the direction alone: "Fe₃O₄-SAS@PLT … while the platelet coat drives
 * TAMs from the M1 toward the M2 phenotype", "these particles turned macrophages from the anti-tumour M1 type into
 * the M2 type", "pair system Xc⁻ blockade with repolarization of TAMs from the M1 to the M2 state". Writers state a
 * polarization in many constructions, but the direction always reads the same: one state of the cells, then "to",
 * "toward" or "into" and the other. The rule reads that frame, not the construction, and keeps to sentences where
 * it can say nothing else: one agent curated to polarize those cells, named in the sentence, and nothing that
 * denies, doubts, contrasts or compares. Like the cell-fate rule, it runs after every other rule and reads nothing
 * another rule already read of the agent and the states.
 */
import { ClaimForm, partyOf, signedWordClaim, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { PREVIOUS_SUBJECT, lossOfAnother } from '../parties';
import { CARGO_PARTICIPLES, CONTRASTING, NEGATIONS, SUPPOSED, isReferringNoun, words, isUnsure } from '../vocabulary';

/** The agents curated to polarize cells, and the states (M1, M2) they polarize them to. */
export interface Polarization {
  readonly agents: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
}

/** The words between two states that say the second is where the cells go. */
const TOWARD = words('to toward towards into');
/** Words of turning cells towards a state, joined to it: "an M2-polarising signal", "M1-skewing". */
export const POLARISING = words('polarising polarizing polarised polarized skewing skewed promoting inducing driving');
/** Words after which the direction may be someone else's view, a comparison or a condition. */
const UNSURE: ReadonlySet<string> = new Set([...SUPPOSED, ...CONTRASTING, ...words(`but rather instead however than could unlikely expected opposite reverse reversed reverses reversing
  abolished abolish abolishes prevented prevents`)]);
/** Turns that leave what follows them asserted: "Ferroptosis, yes, but the particles repolarize…". */
const TURNS = words('but however yet');
/** Words next to the agent that take it away: "RRM2 inhibition", "knocking down RRM2". */
const LOSS = words(`blockade blocking blocked inhibition inhibiting inhibited inhibitor inhibitors deletion deleted knockout
  knockdown knocking silencing silenced deficient deficiency loss lacking ablation depletion depleted null`);

export function readPolarizationClaims(tokens: Tokens, verbs: VerbIndex, polarization: Polarization, claims: Claim[]): void {
  const raise = verbOf(verbs, 'increase');
  const lower = verbOf(verbs, 'decrease');
  if (!raise || !lower) return;
  let agent = -1;
  let to = -1;
  let from = -1;
  let into = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) === 'entity') {
      const id = tokens.id(k)!;
      // "the sulfasalazine-loaded particles": a particle's cargo is not an agent beside it.
      if (polarization.agents.has(id) && !isCargo(tokens, k)) {
        // One agent, however often named.
        if (agent >= 0 && tokens.id(agent) !== id) return;
        if (agent < 0) agent = k;
      }
      continue;
    }
    const word = tokens.lower(k)!;
    if ((isUnsure(UNSURE, tokens, k) && !TURNS.has(word)) || NEGATIONS.has(word) || word === "n't") return;
    // "iron overload is an M2-polarising signal": a state and a word of turning towards it, joined.
    if (POLARISING.has(word) && tokens.lower(k - 1) === '-' && polarization.states.has(tokens.id(k - 2) ?? '') && into < 0) {
      from = k - 2;
      to = k;
      into = k - 2;
      continue;
    }
    if (!TOWARD.has(word) || into >= 0) continue;
    const before = stateBefore(tokens, k, polarization.states);
    const after = before >= 0 ? stateAfter(tokens, k, polarization.states) : -1;
    if (after < 0 || tokens.id(after) === tokens.id(before)) continue;
    // "the M1 to M2 ratio" names a measure, not a direction.
    if (/^(ratio|ratios|balance)$/.test(tokens.lower(after + 1) ?? '')) continue;
    from = before;
    to = k;
    into = after;
  }
  if (into < 0) return;
  // "…, but the particles repolarize…", "induce ferroptosis, but they also flip macrophages from M1 into M2": with
  // one agent in the sentence, a turn joins two things said of it and denies neither.
  if (agent < 0) {
    readReferredPolarization(tokens, from, to, into, raise, lower, claims);
    return;
  }
  const inverted = takenAway(tokens, agent);
  const mentions = (c: Claim, id: string): boolean => c.objects.some((o) => o.id === id) || c.subjects.some((s) => s.id === id);
  if (claims.some((c) => mentions(c, tokens.id(into)!) || mentions(c, tokens.id(from)!))) return;
  const subject = { ...partyOf(tokens.at(agent)!), inverted };
  const word = tokens.at(to)!;
  // No fix: the direction is the order of two words, which a verb's opposite does not turn round.
  claims.push(signedWordClaim({ subjects: [subject], objects: [partyOf(tokens.at(into)!)], sign: 1, form: ClaimForm.State, end: Math.max(subject.end, tokens.at(into)!.end, word.end), word, raise, lower }));
}

/**
 * "Fe₃O₄-SAS@PLT nanoparticles. … the particles shift macrophages from M1 toward M2": without an agent of its own,
 * a sentence whose subject refers back ("they", "these particles") speaks of the sentence before's, which the
 * checker resolves.
 */
function readReferredPolarization(tokens: Tokens, from: number, to: number, into: number, raise: Claim['verb']['verb'], lower: Claim['verb']['verb'], claims: Claim[]): void {
  let referring = -1;
  for (let k = from - 1; k >= 0 && referring < 0; k--) {
    // The cells turned may come between ("the particles shift TAMs from…"), and what the particles carry ("the
    // sulfasalazine-loaded particles"); another agent may not.
    if (tokens.kind(k) === 'entity') {
      if (tokens.entityType(k) === 'cell' || isCargo(tokens, k)) continue;
      return;
    }
    const word = tokens.lower(k)!;
    if (word === 'they' || word === 'it' || (isReferringNoun(word) && /^(the|these|this|such)$/.test(tokens.lower(k - 1) ?? ''))) referring = k;
  }
  if (referring < 0 || claims.some((c) => c.objects.some((o) => o.id === tokens.id(into)))) return;
  const word = tokens.at(to)!;
  const subject = { id: PREVIOUS_SUBJECT, inverted: false, start: tokens.at(referring)!.start, end: tokens.at(referring)!.end };
  claims.push(signedWordClaim({ subjects: [subject], objects: [partyOf(tokens.at(into)!)], sign: 1, form: ClaimForm.State, end: tokens.at(into)!.end, word, raise, lower }));
}

/** Whether the entry at `k` is what a particle carries: "sulfasalazine-loaded", "SAS-containing". */
function isCargo(tokens: Tokens, k: number): boolean {
  return tokens.lower(k + 1) === '-' && CARGO_PARTICIPLES.test(tokens.lower(k + 2) ?? '');
}

/** The state named just before `k`, with a few words between ("the anti-tumour M1 phenotype to"), or -1. */
function stateBefore(tokens: Tokens, k: number, states: ReadonlySet<string>): number {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (tokens.kind(j) === 'entity') return states.has(tokens.id(j)!) ? j : -1;
    if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '-') return -1;
  }
  return -1;
}

/** The state named just after `k` ("to the immunosuppressive M2 state"), or -1. */
function stateAfter(tokens: Tokens, k: number, states: ReadonlySet<string>): number {
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    if (tokens.kind(j) === 'entity') return states.has(tokens.id(j)!) ? j : -1;
    if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '-') return -1;
  }
  return -1;
}

/** Whether the words next to the agent take it away: "RRM2 inhibition", "knocking down RRM2". */
function takenAway(tokens: Tokens, at: number): boolean {
  let loss = false;
  for (let k = Math.max(0, at - 3); k < Math.min(tokens.length, at + 3); k++) {
    if (k !== at && tokens.kind(k) === 'word' && LOSS.has(tokens.lower(k)!) && !lossOfAnother(tokens, k, at)) loss = true;
  }
  return loss;
}
