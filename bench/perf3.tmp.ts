import { createBiolexService, Markup } from '../server/src/service';
import { readLexiconDirectory } from '../server/src/node/lexiconFiles';
import { generateManuscript } from '../bench/manuscripts';
const service = createBiolexService({ lexiconFiles: readLexiconDirectory(require('path').resolve(__dirname, '../lexicon')) });
for (const markup of [Markup.Markdown, Markup.Latex]) {
  const text = generateManuscript(markup);
  const times: number[] = [], ana: number[] = [];
  for (let r = 0; r < 9; r++) {
    const doc = { uri: `m${r}.${markup === Markup.Latex ? 'tex' : 'md'}`, languageId: markup === Markup.Latex ? 'latex' : 'markdown', version: 1, getText: () => text };
    let t = performance.now();
    service.analyze(doc);
    ana.push(performance.now() - t);
    t = performance.now();
    service.provideDiagnostics(doc);
    times.push(performance.now() - t);
    service.forget(doc.uri);
  }
  const med = (a: number[]) => a.sort((x, y) => x - y)[4]!.toFixed(1);
  console.log(markup, 'analyze', med(ana), 'diagnostics', med(times));
}
