/**
 * Whether cells of a genotype live or die: "T cells lacking Gpx4 survived normally", "Gpx4-deficient Treg cells
 * die", "T lymphocytes engineered to lack Gpx4 stayed alive". The claim is the gene's loss lowering the cells
 * (dying) or not (surviving), judged against what the cells are curated to need.
 */
import { ClaimForm, newClaim, type Claim, type ClaimParty, type Modifiers } from '../claim';
import { skipLeftModifiers } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';

/** Words one of which a sentence this rule reads has: the cells' lack of the gene. */
export const GENOTYPE_LOSS: readonly string[] = ['lacking', 'lack', 'lacked', 'lacks', 'without', 'deficient', 'null', 'knockout', 'ko', 'deleted'];

const SURVIVE = new Set('survive survives survived surviving persist persists persisted thrive thrives thrived'.split(' '));
const DIE = new Set('die dies died perish perishes perished'.split(' '));
/** "remained viable", "stayed alive": a verb of staying and the state stayed in. */
const STAY = new Set('remain remains remained stay stays stayed proved proves prove were was are is'.split(' '));
// "stayed healthy": a lay writer's word for alive; "proved resilient": for unharmed.
const ALIVE = new Set(['viable', 'alive', 'healthy', 'resilient', 'robust', 'unharmed', 'unaffected']);
/** The animals cells may be taken from: "T cells from Gpx4-deficient mice". */
const ANIMALS = /^(mice|animals|donors|littermates)$/;
/** Words of a genotype after "Gpx4-" that leave cells without the gene. */
const LACKING_GENOTYPE = new Set(['deficient', 'null', 'knockout', 'ko', 'deleted', 'lacking']);

export function readSurvivalClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const decrease = verbOf(verbs, 'decrease');
  if (!decrease) return;
  for (let v = 1; v < tokens.length; v++) {
    const word = tokens.lower(v)!;
    if (tokens.kind(v) !== 'word') continue;
    // "remained (fully) viable"
    const alive = ALIVE.has(tokens.lower(v + 1) ?? '') ? v + 1 : ALIVE.has(tokens.lower(v + 2) ?? '') && /^(fully|entirely|completely|largely|remarkably|surprisingly|perfectly)$/.test(tokens.lower(v + 1) ?? '') ? v + 2 : -1;
    const lives = SURVIVE.has(word) || (STAY.has(word) && alive > 0);
    if (!lives && !DIE.has(word)) continue;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 1, modifiers);
    // "…accumulated lipid peroxides yet remained viable": a second verb after "and", "yet" or "but".
    const holder = left < 0 ? undefined : /^(and|yet|but)$/.test(tokens.lower(left) ?? '') ? holderBeforeAnd(tokens, left) : cellsWithoutGene(tokens, left);
    if (!holder) continue;
    const end = STAY.has(word) ? alive : v;
    claims.push(
      newClaim(
        {
          subjects: [holder.gene],
          objects: [holder.cells],
          effect: 'negative',
          negated: lives !== modifiers.negated,
          form: ClaimForm.State,
          start: Math.min(holder.gene.start, holder.cells.start),
          end: tokens.at(end)!.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(end)!.end, verb: decrease, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/**
 * "GPX4-deficient T cells do not accumulate lipid peroxides and remain viable": the holder that opens the clause
 * whose second verb, after the "and" at `and`, says the cells live or die.
 */
function holderBeforeAnd(tokens: Tokens, and: number): ReturnType<typeof cellsWithoutGene> {
  for (let k = and - 1; k >= 0 && k > and - 20; k--) {
    if (tokens.kind(k) === 'punct' && /^[.;:]$/.test(tokens.lower(k)!)) return undefined;
    if (tokens.kind(k) !== 'entity' && !ANIMALS.test(tokens.lower(k) ?? '')) continue;
    const holder = cellsWithoutGene(tokens, k);
    // The holder must be the clause's subject: a verb right after it.
    if (holder && tokens.kind(k + 1) === 'word') return holder;
  }
  return undefined;
}

/**
 * The gene and the cells of a holder ending at `end`: "Gpx4-deficient Treg cells" or "T cells lacking (without,
 * deficient in, engineered to lack) Gpx4", both entries named.
 */
function cellsWithoutGene(tokens: Tokens, end: number): { gene: ClaimParty; cells: ClaimParty } | undefined {
  const party = (k: number, inverted: boolean): ClaimParty => ({ id: tokens.at(k)!.id!, inverted, start: tokens.at(k)!.start, end: tokens.at(k)!.end });
  // "T cells from Gpx4-deficient mice": cells taken from animals without the gene lack it.
  if (tokens.kind(end) === 'word' && ANIMALS.test(tokens.lower(end)!)) {
    const gene = geneLackedBefore(tokens, end);
    if (gene < 0 || tokens.lower(gene - 1) !== 'from' || tokens.entityType(gene - 2) !== 'cell') return undefined;
    return { gene: party(gene, true), cells: { ...party(gene - 2, false), end: tokens.at(end)!.end } };
  }
  if (tokens.kind(end) !== 'entity') return undefined;
  if (tokens.entityType(end) === 'cell') {
    // "Gpx4-deficient Treg cells", "Gpx4 knockout T cells", "Gpx4-/- T cells" (which the tokenizer reads as knockout)
    const gene = geneLackedBefore(tokens, end);
    return gene < 0 ? undefined : { gene: party(gene, true), cells: party(end, false) };
  }
  // "T cells lacking Gpx4", "T cells deficient in Gpx4", "T lymphocytes engineered to lack Gpx4"
  let k = end - 1;
  const word = tokens.lower(k);
  if (word === 'in' && tokens.lower(k - 1) === 'deficient') k--;
  else if (word === 'lack' && /^(to|that|which)$/.test(tokens.lower(k - 1) ?? '')) k -= tokens.lower(k - 1) === 'to' && tokens.kind(k - 2) === 'word' ? 2 : 1;
  // "T cells that lacked (lack) GPX4"
  else if ((word === 'lacked' || word === 'lacks') && /^(that|which|who)$/.test(tokens.lower(k - 1) ?? '')) k--;
  else if (word !== 'lacking' && word !== 'without') return undefined;
  const cells = k - 1;
  if (tokens.kind(cells) !== 'entity' || tokens.entityType(cells) !== 'cell') return undefined;
  return { gene: party(end, true), cells: party(cells, false) };
}

/** The gene a genotype right before `holder` lacks ("Gpx4-deficient", "Gpx4 knockout"), or -1. */
function geneLackedBefore(tokens: Tokens, holder: number): number {
  const genotype = holder - 1;
  const gene = tokens.lower(genotype - 1) === '-' ? genotype - 2 : genotype - 1;
  return LACKING_GENOTYPE.has(tokens.lower(genotype) ?? '') && tokens.kind(gene) === 'entity' && tokens.entityType(gene) !== 'cell' ? gene : -1;
}
