/**
 * How an agent changes the cell populations it is curated to change, read from each population's own change:
 * "lenvatinib-treated tumours should contain a larger monocyte population and fewer CD8⁺ T cells", "an expansion
 * of monocytes and macrophages at the expense of CD8⁺ T cells", "intratumoural CD8⁺ T cells fell by 40%". Results
 * about an infiltrate are written around the populations and their counts, with the agent anywhere in the
 * sentence. The rule reads that frame for one agent with curated effects on cell populations, named in the
 * sentence with no other compound, each population with a word of one direction right next to it, and nothing
 * that denies, doubts, compares or takes the agent away. It runs after every other rule and reads nothing another
 * rule read of a population.
 */
import { ClaimForm, partyOf, signedWordClaim, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CONTRASTING, NEGATIONS, SUPPOSED, words, isUnsure } from '../vocabulary';

/** Agents and the sign of their curated effect on each kind of cells: 1 raises it, -1 lowers it. */
export type PopulationEffects = ReadonlyMap<string, ReadonlyMap<string, 1 | -1>>;

/** Words of a population growing, before it ("a larger monocyte population", "an expansion of monocytes"). */
const MORE_BEFORE = words('more larger greater higher increased elevated expanded expansion enlarged raised rising accumulation enrichment influx');
/** Words of a population shrinking, before it ("fewer CD8⁺ T cells", "at the expense of CD8⁺ T cells"). */
const FEWER_BEFORE = words('fewer smaller lower reduced decreased depleted depletion loss decline drop diminished contracted expense depleting');
/** Words of a population growing or shrinking, after it ("CD8⁺ T cells fell", "macrophages roughly doubled"). */
const MORE_AFTER = words('rose increased expanded doubled tripled grew accumulated rises increases expands doubles triples grows accumulates ↑ up');
const FEWER_AFTER = words('fell decreased declined dropped shrank contracted falls decreases declines drops shrinks contracts ↓ down');
/** Words between a population and its change after it: "CD8⁺ T cells fell", "compartment roughly doubled". */
const BETWEEN_AFTER = words('population populations compartment compartments fraction fractions numbers counts density proportion roughly nearly almost were was');
/** Words between a change and its population: "a larger monocyte/macrophage population", "expansion of the". */
const BETWEEN_BEFORE = words('of the intratumoural intratumoral infiltrating tumour-infiltrating proportion number numbers share fraction');
const CONTROLS = /\b(vehicle|untreated|controls?|placebo|baseline|sham|mock)\b/;
/** The words the rule starts from: a sentence without one is not looked at. */
export const POPULATION_WORDS: readonly string[] = [...MORE_BEFORE, ...FEWER_BEFORE, ...MORE_AFTER, ...FEWER_AFTER];
const UNSURE: ReadonlySet<string> = new Set([...SUPPOSED, ...CONTRASTING, ...words(`rather instead than could unlikely withdrawal without absence knockout blockade combined combination
  plus`)]);

export function readPopulationClaims(tokens: Tokens, verbs: VerbIndex, effects: PopulationEffects, claims: Claim[]): void {
  const raise = verbOf(verbs, 'increase');
  const lower = verbOf(verbs, 'decrease');
  if (!raise || !lower) return;
  let agent = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) === 'entity') {
      const id = tokens.id(k)!;
      if (effects.has(id)) {
        if (agent >= 0 && tokens.id(agent) !== id) return;
        if (agent < 0) agent = k;
      } else if (tokens.entityType(k) === 'compound') {
        // Another compound: the change may be its doing, or the two together's.
        return;
      }
      continue;
    }
    const word = tokens.lower(k)!;
    // "… than vehicle controls": a result against its controls is no comparison of populations.
    const againstControls = /^(than|versus|vs)$/.test(word) && CONTROLS.test(`${tokens.lower(k + 1) ?? ''} ${tokens.lower(k + 2) ?? ''}`);
    if ((isUnsure(UNSURE, tokens, k) && !againstControls) || NEGATIONS.has(word) || word === "n't") return;
  }
  if (agent < 0) return;
  const targets = effects.get(tokens.id(agent)!)!;
  const read = new Set<string>();
  for (let c = 0; c < tokens.length; c++) {
    const cells = tokens.id(c);
    if (tokens.kind(c) !== 'entity' || cells === undefined || !targets.has(cells) || read.has(cells)) continue;
    const change = changeOf(tokens, c);
    if (!change) continue;
    read.add(cells);
    if (claims.some((claim) => claim.objects.some((o) => o.id === cells))) continue;
    const claim = signedWordClaim({ subjects: [partyOf(tokens.at(agent)!)], objects: [partyOf(tokens.at(c)!)], sign: change.sign, form: ClaimForm.State, end: Math.max(tokens.at(c)!.end, tokens.at(change.at)!.end, tokens.at(agent)!.end), word: tokens.at(change.at)!, raise, lower });
    // The reading spans the agent, the population and its change, in whatever order they come.
    claims.push({ ...claim, start: Math.min(tokens.at(agent)!.start, tokens.at(c)!.start, tokens.at(change.at)!.start) });
  }
}

/** The word of change right next to the population at `c`, and its sign; undefined where there is none, or both. */
function changeOf(tokens: Tokens, c: number): { at: number; sign: 1 | -1 } | undefined {
  let found: { at: number; sign: 1 | -1 } | undefined;
  for (let j = c - 1; j >= 0 && j >= c - 4; j--) {
    const word = tokens.lower(j) ?? '';
    if (tokens.kind(j) !== 'word') break;
    if (MORE_BEFORE.has(word) || FEWER_BEFORE.has(word)) {
      found = { at: j, sign: MORE_BEFORE.has(word) ? 1 : -1 };
      break;
    }
    if (!BETWEEN_BEFORE.has(word)) break;
  }
  for (let j = c + 1; j < tokens.length && j <= c + 4; j++) {
    const word = tokens.lower(j) ?? '';
    if (tokens.kind(j) === 'entity') break;
    if (MORE_AFTER.has(word) || FEWER_AFTER.has(word)) {
      // "T cells increased their lipid peroxidation": a verb with an object says what the cells did, not how many.
      if (tokens.kind(j + 1) === 'entity' || /^(their|its|the|a|an|this|these)$/.test(tokens.lower(j + 1) ?? '')) return found;
      const sign = MORE_AFTER.has(word) ? 1 : -1;
      if (found && found.sign !== sign) return undefined;
      return found ?? { at: j, sign };
    }
    if (!BETWEEN_AFTER.has(word) && tokens.kind(j) !== 'punct') break;
    if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '/') break;
  }
  return found;
}
