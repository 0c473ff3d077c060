/** `npm run eval`: precision and recall of the claim checker on the labelled corpus, with every miss listed. */
import { curatedService, evaluate, loadCorpus } from '../helpers/claimsCorpus';

const corpus = loadCorpus();
const result = evaluate(curatedService(), corpus);
const positives = corpus.filter((c) => c.contradiction).length;
console.log(`claims corpus: ${result.total} sentences, ${positives} contradictions, ${result.total - positives} not`);
console.log(`precision ${result.precision.toFixed(3)}  recall ${result.recall.toFixed(3)}  (true positives ${result.truePositives}, false positives ${result.falsePositives.length}, false negatives ${result.falseNegatives.length})`);
console.log('\nby form (correct / total):');
for (const [form, { total, correct }] of [...result.byForm].sort()) console.log(`  ${form.padEnd(18)} ${correct}/${total}`);
for (const [title, list] of [['false positives', result.falsePositives], ['false negatives', result.falseNegatives]] as const) {
  if (list.length === 0) continue;
  console.log(`\n${title}:`);
  for (const claim of list) console.log(`  ${claim.id} [${claim.format}, ${claim.form}] ${JSON.stringify(claim.text)}`);
}
