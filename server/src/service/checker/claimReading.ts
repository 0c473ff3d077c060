/**
 * How the checker read a claim, in words, for the diagnostic: a writer sees which subject, predicate and object
 * fired ("Read as: loss of GPX4 → less lipid peroxide, i.e. GPX4 raises lipid peroxide"), and so why.
 */
import { placeName, UNNAMED_GENE, type ClaimParty } from '../claims';
import type { Contradiction } from './contradictions';
import type { Lexicon } from '../lexicon/lexicon';

const EFFECT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  import: ['imports', 'import'],
  export: ['exports', 'export'],
  oxidize: ['oxidizes', 'oxidize'],
  requires: ['requires', 'require'],
  affects: ['affects', 'affect'],
  binds: ['binds', 'bind'],
  produce: ['makes', 'make'],
  consume: ['uses up', 'use up'],
  names: ['is the same as', 'be the same as'],
  located: ['sits in', 'sit in'],
  composed: ['is made of', 'be made of'],
  'kind-of': ['is a kind of', 'be a kind of'],
};

/** "FSP1 promotes ferroptosis", "loss of GPX4 raises lipid peroxide", "RSL3 does not inhibit GPX4 (directly)". */
export function describeReading(contradiction: Contradiction, lexicon: Lexicon, prose: string): string {
  const { claim, subject, object } = contradiction;
  // The name as the sentence wrote it ("FSP1"), where the party is just the name; else the entry's label.
  const label = (party: ClaimParty): string => {
    const written = prose.slice(party.start, party.end);
    const lower = written.toLowerCase();
    const entry = lexicon.entries.get(party.id);
    // "TFR1 expression", "loss of ALOX15": the name as written at the start or the end of the party.
    for (const alias of entry?.aliases ?? []) {
      const name = alias.text.toLowerCase();
      if (lower === name) return written;
      if (lower.startsWith(name) && /^[\s-]/.test(lower.slice(name.length))) return written.slice(0, name.length);
      if (lower.endsWith(name) && /[\s-]$/.test(lower.slice(0, -name.length))) return written.slice(-name.length);
    }
    // A gene the lexicon lacks ("ASCT2") is named as written.
    return entry?.label ?? placeName(party.id) ?? (party.id.startsWith(UNNAMED_GENE) ? written : party.id);
  };
  // "deferoxamine (loss of iron)": a compound read as the loss it stands for says so.
  const lossText = subject.inverted ? `loss of ${contradiction.standIn ? (lexicon.entries.get(subject.id)?.label ?? subject.id) : label(subject)}` : label(subject);
  const subjectText = contradiction.standIn ? `${label(contradiction.standIn)} (${lossText})` : lossText;
  const signed = claim.effect === 'positive' || claim.effect === 'negative';
  // "accumulated fewer lipid peroxides": a lowered object turns the verb into its plain opposite.
  const objectText = object.inverted && !signed ? `less ${label(object)}` : label(object);
  const [third, base] =
    EFFECT_WORDS[claim.effect] ??
    (object.inverted ? (claim.effect === 'positive' ? ['lowers', 'lower'] : ['raises', 'raise']) : effectVerb(claim.effect === 'positive', claim.verb.verb.lemma, claim.verb.verb.forms));
  const verb = claim.negated ? `does not ${base}` : third;
  const mode = claim.directness ? ` (${claim.directness}ly)` : '';
  const compared = claim.comparison && contradiction.relation.relation?.comparedWith ? ` ${claim.comparison} than ${contradiction.relation.relation.comparedWith}` : '';
  const limiting = claim.limiting ? ' as what limits its rate' : '';
  if (claim.differentiation) return `${subjectText} makes cells differentiate into ${objectText}`;
  return `${subjectText} ${verb} ${objectText}${mode}${compared}${limiting}`;
}

/** The verb of a raising or lowering claim: its own, unless it needs a preposition or a state word stood for it. */
function effectVerb(raises: boolean, lemma: string, forms: readonly string[]): readonly [string, string] {
  if (forms[1] && !PREPOSITIONAL.has(lemma)) return [forms[1], forms[0]!];
  return raises ? ['promotes', 'promote'] : ['suppresses', 'suppress'];
}

/** Verbs whose object needs a preposition ("protects … against"): the reading uses a plain verb instead. */
const PREPOSITIONAL = new Set(['protect', 'shield', 'sensitize', 'sensitise', 'contribute', 'lead', 'result', 'skew', 'shift', 'push', 'steer', 'polarize', 'polarise', 'repolarize', 'repolarise', 'reprogram', 'convert', 'switch', 'depend', 'rely']);
