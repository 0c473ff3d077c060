/**
 * `npm run eval`: precision and recall of the claim checker on the labelled corpus and on every blind batch,
 * each on its own and split by markup, with every miss listed. `npm run eval -- FILE…` scores those files only.
 */
import { basename } from 'node:path';
import { curatedService, evaluate, loadBlindBatches, loadClaimsFile, loadCorpus, type LabelledClaim } from '../helpers/claimsCorpus';

const service = curatedService();
const files = process.argv.slice(2);
const sets: { title: string; claims: LabelledClaim[] }[] = files.length
  ? files.map((f) => ({ title: basename(f), claims: loadClaimsFile(f) }))
  : [
      ...loadBlindBatches().map((b) => ({ title: `blind batch ${b.name}`, claims: b.claims })),
      { title: 'claims corpus (written with the rules)', claims: loadCorpus() },
    ];

const score = (claims: readonly LabelledClaim[]): string => {
  const r = evaluate(service, claims);
  return `precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  (${claims.length} sentences, ${claims.filter((c) => c.contradiction).length} contradictions; TP ${r.truePositives}, FP ${r.falsePositives.length}, FN ${r.falseNegatives.length})`;
};

for (const { title, claims } of sets) {
  const result = evaluate(service, claims);
  console.log(`== ${title}`);
  console.log(`  all       ${score(claims)}`);
  for (const format of ['markdown', 'latex'] as const) console.log(`  ${format.padEnd(9)} ${score(claims.filter((c) => c.format === format))}`);
  console.log('  by form or style (correct / total):');
  for (const [form, { total, correct }] of [...result.byForm].sort()) console.log(`    ${form.padEnd(18)} ${correct}/${total}`);
  for (const [label, list] of [['false positives', result.falsePositives], ['false negatives', result.falseNegatives]] as const) {
    if (list.length === 0) continue;
    console.log(`  ${label}:`);
    for (const claim of list) console.log(`    ${claim.id} [${claim.format}, ${claim.form}] ${JSON.stringify(claim.text)}`);
  }
  console.log('');
}
