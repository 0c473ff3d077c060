/**
 * Means that act on an effect's object itself: "inactivates GPX4 by binding the enzyme", "… through direct
 * binding". They make the effect direct, as "directly" does.
 */
import type { ClaimParty } from './claim';
import type { Tokens } from './tokens';

/**
 * "inactivates GPX4 by binding the enzyme (directly)", "… by alkylating its active-site selenocysteine", "…
 * through direct binding": a means at `at` that acts on the object itself, whose words it returns.
 */
export function bindsItselfAsMeans(tokens: Tokens, at: number, objects: readonly ClaimParty[]): { start: number; end: number } | undefined {
  let k = at;
  if (tokens.lower(k) === ',') k++;
  const means = tokens.lower(k);
  if (means !== 'by' && means !== 'through' && means !== 'via') return undefined;
  const kind = tokens.lower(k + 1);
  // "through direct binding", "by covalent modification of its active-site selenocysteine"
  if ((kind === 'direct' || kind === 'covalent') && BINDING_NOUNS.test(tokens.lower(k + 2) ?? '')) return span(tokens, k, k + 2);
  // "by covalently modifying the enzyme"
  if (means === 'by' && (kind === 'directly' || kind === 'covalently') && /^\w+ing$/.test(tokens.lower(k + 2) ?? '')) return span(tokens, k, k + 2);
  if (means !== 'by' || !BINDING_GERUNDS.test(kind ?? '')) return undefined;
  let o = k + 2;
  if (tokens.lower(o) === 'to') o++;
  if (/^(directly|covalently)$/.test(tokens.lower(o) ?? '')) return span(tokens, k, o);
  // What is bound: the object again, by name or as "it", "the enzyme", "its active site".
  if (/^(it|them)$/.test(tokens.lower(o) ?? '') || (tokens.kind(o) === 'entity' && objects.some((p) => p.id === tokens.at(o)!.id))) return span(tokens, k, o);
  if (/^(the|its|their)$/.test(tokens.lower(o) ?? '')) {
    // "its active-site selenocysteine": a hyphen may join the words.
    for (let w = o + 1; w < o + 6 && (tokens.kind(w) === 'word' || tokens.lower(w) === '-'); w++) if (/^(enzyme|protein|selenocysteine|site|cysteine|residue|pocket)$/.test(tokens.lower(w)!)) return span(tokens, k, w);
  }
  return undefined;
}
const BINDING_GERUNDS = /^(binding|targeting|alkylating|engaging|occupying|blocking)$/;
const BINDING_NOUNS = /^(binding|engagement|inhibition|modification|alkylation|interaction)$/;

function span(tokens: Tokens, from: number, to: number): { start: number; end: number } {
  return { start: tokens.at(from)!.start, end: tokens.at(to)!.end };
}
