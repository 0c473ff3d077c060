/**
 * What the claim checker reads, for whoever works on the reader: the entries recognized, every claim it reads
 * and what each contradicts.
 *   npx tsx test/eval/read.ts [--latex] SENTENCE…   sentences given here
 *   npx tsx test/eval/read.ts --id ID…              items of the blind batches or the corpus, by id
 *   npx tsx test/eval/read.ts --from FILE --id ID…  items of another file of the same shape (a new batch)
 */
import { curatedService, loadBlindBatches, loadClaimsFile, loadCorpus, type LabelledClaim } from '../helpers/claimsCorpus';
import { MechanismChecker } from '../../server/src/service/checker/diagnostics';
import type { Claim } from '../../server/src/service/claims';

let args = process.argv.slice(2);
const from = args[0] === '--from' ? args[1]! : undefined;
if (from) args = args.slice(2);
let items: { id: string; format: 'markdown' | 'latex'; text: string; contradiction?: boolean }[];
if (args[0] === '--id') {
  const known = new Map<string, LabelledClaim>([...(from ? loadClaimsFile(from) : []), ...loadBlindBatches().flatMap((b) => b.claims), ...loadCorpus()].map((c) => [c.id, c]));
  items = args.slice(1).map((id) => known.get(id) ?? { id, format: 'markdown', text: '' });
} else {
  const latex = args[0] === '--latex';
  items = (latex ? args.slice(1) : args).map((text, n) => ({ id: String(n + 1), format: latex ? 'latex' : 'markdown', text }));
}

const service = curatedService();
const checker = new MechanismChecker(service.lexicon);
const party = (text: string, p: Claim['subjects'][number]): string =>
  `${p.inverted ? 'loss of ' : ''}${p.effectOf ? 'effect of ' : ''}${p.id}${p.cause ? ` (caused by ${p.cause})` : ''} «${text.slice(p.start, p.end)}»`;

for (const [n, item] of items.entries()) {
  const analysis = service.analyze({ uri: `read-${n}.${item.format === 'latex' ? 'tex' : 'md'}`, languageId: item.format, version: 1, getText: () => item.text });
  const prose = analysis.prose.text;
  const label = item.contradiction === undefined ? '' : item.contradiction ? ' (a contradiction)' : ' (no contradiction)';
  console.log(`\n### ${item.id}${label}\n${prose.trim()}`);
  console.log(`  mentions: ${analysis.mentions.map((m) => `${prose.slice(m.proseStart, m.proseEnd)}=${m.id}`).join(', ')}`);
  const sentenceText = prose;
  const found = checker.findContradictions(analysis, 0, prose.length, (claim, contradictions) => {
    console.log(`  claim: ${claim.subjects.map((s) => party(sentenceText, s)).join(' + ')} ${claim.negated ? 'NOT ' : ''}${claim.effect}${claim.directness ? ` (${claim.directness})` : ''} ${claim.objects.map((o) => party(sentenceText, o)).join(' + ')} [${claim.form}] verb «${sentenceText.slice(claim.verb.start, claim.verb.end)}» → ${contradictions.length} contradiction(s)`);
  });
  console.log(`  flagged: ${found.length ? found.map((c) => c.relation.relation?.text ?? c.relation.text).join(' | ') : 'nothing'}`);
}
