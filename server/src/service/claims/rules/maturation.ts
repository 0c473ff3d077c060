/**
 * The maturation of cells said of the cells: "bcc-USINPs kept dendritic cells in an immature state", "held DCs
 * immature", "drove DCs to mature". The claim's object is the process of the cells' maturation, which the lexicon
 * names (`maturation_of`), over the words about the cells.
 */
import type { VerbClass } from '../../lexicon/lexicon';
import { ClaimForm, newClaim, type Claim, type Modifiers } from '../claim';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { clauseSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';

/** Verbs that keep cells as they are: "kept DCs immature". */
const KEEPING = new Set('keep keeps kept keeping hold holds held holding leave leaves left leaving lock locks locked locking maintain maintains maintained maintaining trap traps trapped trapping arrest arrests arrested arresting'.split(' '));
/** Verbs that stop cells from a change: "stopped dendritic cells from maturing". */
const STOPPING = new Set('stop stops stopped stopping prevent prevents prevented preventing block blocks blocked blocking keep keeps kept keeping hinder hinders hindered hindering'.split(' '));
/** Verbs that bring cells to a state: "drove DCs to mature". */
const BRINGING = new Set('drive drives drove driven driving push pushes pushed pushing induce induces induced inducing help helps helped helping cause causes caused causing stimulate stimulates stimulated stimulating allow allows allowed allowing enable enables enabled enabling'.split(' '));
/** The words a sentence this rule reads has. */
export const MATURITY_WORDS: readonly string[] = ['immature', 'mature', 'maturing', 'maturation'];

export function readMaturationClaims(tokens: Tokens, verbs: VerbIndex, maturation: (cells: string) => string | undefined, claims: Claim[]): void {
  const promote = verbOf(verbs, 'promote');
  const suppress = verbOf(verbs, 'suppress');
  if (!promote || !suppress) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    const word = tokens.lower(v)!;
    // "stopped dendritic cells (…) from maturing": the maturation kept from happening.
    if (STOPPING.has(word) && tokens.kind(v + 1) === 'entity') {
      const claim = readStoppedFromMaturing(tokens, v, verbs, maturation, suppress);
      if (claim) {
        claims.push(claim);
        continue;
      }
    }
    const keeping = KEEPING.has(word);
    if (tokens.kind(v) !== 'word' || (!keeping && !BRINGING.has(word)) || tokens.kind(v + 1) !== 'entity') continue;
    const cells = readPartiesRight(tokens, v + 1);
    if (!cells || cells.parties.length !== 1 || cells.parties[0]!.inverted) continue;
    const process = maturation(cells.parties[0]!.id);
    const state = process ? maturityAfter(tokens, afterApposition(tokens, cells.end + 1)) : undefined;
    // "kept DCs immature" lowers the maturation; "drove DCs to mature" raises it. "Kept DCs mature" says neither.
    if (!process || !state || (keeping ? state.mature : !state.mature)) continue;
    const modifiers: Modifiers = { negated: false };
    const subjects = clauseSubjects(tokens, skipLeftModifiers(tokens, v - 1, modifiers), verbs, word.endsWith('ing'));
    if (!subjects) continue;
    const raises = !keeping;
    claims.push(
      newClaim(
        {
          subjects,
          objects: [{ id: process, inverted: false, start: tokens.at(v + 1)!.start, end: tokens.at(state.end)!.end }],
          effect: raises ? 'positive' : 'negative',
          negated: modifiers.negated,
          form: ClaimForm.Active,
          start: subjects[0]!.start,
          end: tokens.at(state.end)!.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: raises ? promote : suppress, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/**
 * The state named after the cells at `at`: "immature", "in an immature state" (or phenotype, stage, form), "to
 * mature"; whether it is maturity, and its last token.
 */
function maturityAfter(tokens: Tokens, at: number): { mature: boolean; end: number } | undefined {
  if (tokens.lower(at) === 'to' && tokens.lower(at + 1) === 'mature') return { mature: true, end: at + 1 };
  let k = at;
  if (tokens.lower(k) === 'in') k++;
  if (/^(an|a|the|their)$/.test(tokens.lower(k) ?? '')) k++;
  const word = tokens.lower(k);
  if (word !== 'immature' && word !== 'mature') return undefined;
  // "in an immature state": the noun after the adjective belongs to the state; bare "immature" needs no "in". Other
  // describing words may come between: "an immature, tolerogenic state", "an immature CD86lo MHC-IIlo state".
  let noun = -1;
  for (let n = k + 1; n < tokens.length && n <= k + 8 && noun < 0; n++) {
    if (/^(state|phenotype|stage|form|status)$/.test(tokens.lower(n) ?? '')) noun = n;
    else if (tokens.kind(n) === 'punct' && !/^[,\-^⁺⁻+]$/.test(tokens.lower(n)!)) break;
  }
  if (k > at && noun < 0) return undefined;
  return { mature: word === 'mature', end: noun >= 0 ? noun : k };
}

/** "dendritic cells, the immune system's scouts, in an immature state": past an apposition of words at `at`. */
function afterApposition(tokens: Tokens, at: number): number {
  if (tokens.lower(at) !== ',') return at;
  for (let k = at + 1; k < tokens.length && k <= at + 9; k++) {
    if (tokens.lower(k) === ',') return k + 1;
    if (tokens.kind(k) !== 'word' && tokens.lower(k) !== "'" && tokens.lower(k) !== '’') return at;
  }
  return at;
}

/** "bcc-USINPs stopped dendritic cells (…) from maturing": the subject lowers the cells' maturation. */
function readStoppedFromMaturing(tokens: Tokens, v: number, verbs: VerbIndex, maturation: (cells: string) => string | undefined, suppress: VerbClass): Claim | undefined {
  const cells = readPartiesRight(tokens, v + 1);
  if (!cells || cells.parties.length !== 1 || cells.parties[0]!.inverted) return undefined;
  const process = maturation(cells.parties[0]!.id);
  let k = cells.end + 1;
  // "dendritic cells (the cells that show the tumour to T cells) from maturing": past an aside in parentheses.
  if (tokens.lower(k) === '(') {
    while (k < tokens.length && k < cells.end + 16 && tokens.lower(k) !== ')') k++;
    k++;
  }
  k = afterApposition(tokens, k);
  if (!process || tokens.lower(k) !== 'from' || !/^(maturing|maturation|maturity)$/.test(tokens.lower(k + 1) ?? '')) return undefined;
  const modifiers: Modifiers = { negated: false };
  const subjects = clauseSubjects(tokens, skipLeftModifiers(tokens, v - 1, modifiers), verbs, tokens.lower(v)!.endsWith('ing'));
  if (!subjects) return undefined;
  return newClaim(
    {
      subjects,
      objects: [{ id: process, inverted: false, start: tokens.at(v + 1)!.start, end: tokens.at(k + 1)!.end }],
      effect: 'negative',
      negated: modifiers.negated,
      form: ClaimForm.Active,
      start: subjects[0]!.start,
      end: tokens.at(k + 1)!.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: suppress, slot: 'state' },
    },
    { negation: modifiers.negation },
  );
}
