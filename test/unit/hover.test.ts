import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import assert from 'node:assert/strict';
import { doc, testService } from '../helpers/lexicon';
import { createBiolexService } from '../../server/src/service';
import { curatedService } from '../helpers/claimsCorpus';

const service = testService();

function hoverAt(text: string, languageId = 'markdown'): string | undefined {
  const d = doc(text, languageId);
  return service.provideHover(d, d.cursor)?.contents;
}

test('hover shows label, type, name, identifiers as links, summary, role and references by the review\'s numbers', () => {
  const hover = hoverAt('We knocked down GP|X4 here.')!;
  assert.match(hover, /^\*\*GPX4\*\* · gene \/ protein/);
  assert.match(hover, /\*glutathione peroxidase 4\*/);
  assert.match(hover, /\[HGNC:4556\]\(https:\/\/www\.genenames\.org\/data\/gene-symbol-report\/#!\/hgnc_id\/HGNC:4556\)/);
  assert.match(hover, /\[UniProt:P36969\]\(https:\/\/www\.uniprot\.org\/uniprotkb\/P36969\/entry\)/);
  assert.match(hover, /A selenoprotein that reduces lipid hydroperoxides to alcohols\\\. \\\[7\\\]/);
  assert.match(hover, /\*\*Role in ferroptosis:\*\* protects against ferroptosis \(suppressor\)/);
  assert.match(hover, /7\\\. Yang WS et al\\\. Regulation of ferroptotic cancer cell death by GPX4\. \*Cell\* \(2014\)\. \[doi:10\\\.1016\/j\\\.cell\\\.2013\\\.12\\\.010\]\(https:\/\/doi\.org\/10\.1016\/j\.cell\.2013\.12\.010\)/);
});

test('hover on a compound shows its target', () => {
  const hover = hoverAt('Treat with eras|tin.')!;
  assert.match(hover, /\*\*Target:\*\* GPX4: indirectly, by depleting GSH \\\[3\\\]/);
  assert.match(hover, /\[PubChem:11214940\]\(https:\/\/pubchem\.ncbi\.nlm\.nih\.gov\/compound\/11214940\)/);
});

test('hover works through markup and at the edges of a mention', () => {
  assert.match(hoverAt('IFN-$\\gam|ma$ rises')!, /^\*\*IFNG\*\*/);
  assert.match(hoverAt('|GPX4 is')!, /^\*\*GPX4\*\*/);
  assert.match(hoverAt('GPX4| is')!, /^\*\*GPX4\*\*/);
  assert.match(hoverAt('\\section{The \\emph{GP|X4} story}', 'latex')!, /^\*\*GPX4\*\*/);
});

test('no hover outside mentions, in code or in comments', () => {
  assert.equal(hoverAt('We kno|cked down GPX4.'), undefined);
  assert.equal(hoverAt('Code `GP|X4` here'), undefined);
  assert.equal(hoverAt('<!-- GP|X4 -->'), undefined);
  assert.equal(hoverAt('% GP|X4 in a comment', 'latex'), undefined);
});

test('lexicon text is escaped: no links, HTML or command URIs from data', () => {
  const hostile = createBiolexService({
    lexiconFiles: [
      {
        file: 'memory://evil.yaml',
        text: `entries:
  - id: EVIL1
    label: EVIL1
    type: gene
    summary: "Click [here](command:workbench.action.quit) or <img src=x onerror=alert(1)> **now**"
    refs: [nothing]
`,
      },
    ],
  });
  const d = doc('EV|IL1');
  const hover = hostile.provideHover(d, d.cursor)!.contents;
  assert.ok(!hover.includes('](command:'), hover);
  assert.ok(!hover.includes('<img'), hover);
  assert.match(hover, /\\\[here\\\]\\\(command\\:workbench\\\.action\\\.quit\\\)/);
  assert.match(hover, /&lt;img/);
});

test('bare URLs, addresses and mailto in lexicon text do not become links', () => {
  const hostile = createBiolexService({
    lexiconFiles: [
      {
        file: 'memory://evil.yaml',
        text: `entries:
  - id: EVIL2
    label: EVIL2
    type: gene
    summary: "Log in at https://evil%2Eexample/login or www.evil.example, or write to mailto:x@evil.example or x@evil.example."
    refs: [nothing]
`,
      },
    ],
  });
  const d = doc('EV|IL2');
  const hover = hostile.provideHover(d, d.cursor)!.contents;
  const html = new MarkdownIt({ linkify: true }).render(hover);
  assert.ok(!/<a\s/.test(html), html);
  assert.ok(html.includes('https://evil%2Eexample/login'), 'the text itself is kept');
});

test('an entry the review does not describe says so, with its identifiers and FerrDb roles and no mechanism', () => {
  const shipped = curatedService();
  let n = 0;
  const hover = (text: string): string => shipped.provideHover({ uri: `not-in-review-${n++}.md`, languageId: 'markdown', version: 1, getText: () => text }, 1)!.contents;
  const gch1 = hover('GCH1 makes BH4.');
  assert.match(gch1, /\*Not described in the review:\* BioLex recognizes it and gives its identifiers, but states no mechanism for it\./);
  assert.match(gch1, /\[HGNC:4193\]/);
  assert.match(gch1, /\*\*FerrDb roles:\*\* suppressor/);
  assert.doesNotMatch(gch1, /Role in ferroptosis/);
  const gpx4 = hover('GPX4 reduces lipid hydroperoxides.');
  assert.doesNotMatch(gpx4, /Not described in the review/);
  assert.match(gpx4, /\*\*FerrDb roles:\*\* marker, suppressor, unclassified/);
});

test('a hover cites the review\'s numbers, as the diagnostics do, and links a title search where the printed DOI cannot lead to the article', () => {
  const shipped = curatedService();
  let n = 0;
  const document = (text: string) => ({ uri: `numbers-${n++}.md`, languageId: 'markdown', version: 1, getText: () => text });
  const [diagnostic] = shipped.provideDiagnostics(document('FSP1 promotes ferroptosis.'));
  const cited = /\[(\d+), (\d+)\]/.exec(diagnostic!.message)!;
  const hover = shipped.provideHover(document('FSP1 is here.'), 1)!.contents;
  for (const number of [cited[1], cited[2]]) assert.match(hover, new RegExp(`\\n${number}\\\\\\. `), `reference ${number} listed in the hover`);
  const lenvatinib = shipped.provideHover(document('Lenvatinib was given.'), 2)!.contents;
  assert.match(lenvatinib, /76\\\. Iseda N et al\\\..*doi:10\\\.1111\/cas\\\.v113\\\.7 as printed names a journal issue, not the article; \[search for the title\]\(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\?term=%22Ferroptosis%20is%20induced%20by%20lenvatinib/);
  assert.doesNotMatch(lenvatinib, /https:\/\/doi\.org\/10\.1111\/cas\.v113\.7/);
});
