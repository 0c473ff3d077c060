/**
 * Exports round trip: each format is written for in-memory documents, read back with a small parser of that
 * format, and every annotation's offsets must cover exactly its text in the text written beside it. Offsets
 * are Unicode code points, so the parsers slice arrays of code points, never JavaScript strings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, testService } from '../helpers/lexicon';
import { formatBioc, toBiocCollection } from '../../server/src/exports/bioc';
import { formatPubtator } from '../../server/src/exports/pubtator';
import { bratName, toBrat } from '../../server/src/exports/brat';
import { codePointCounter, EXPORT_TYPES, splitPassages, type ExportInput } from '../../server/src/exports/passages';
import { Markup, type Analysis } from '../../server/src/service';

const service = testService();

/** Markup, an astral-plane letter and an emoji before mentions, a mention broken across lines. */
const MARKDOWN = [
  '# GPX4 in 𝛾-irradiated 🧪 cells',
  '',
  'Activated CD8$^+$ T cells release IFN-$\\gamma$; 🧬 erastin triggers lipid',
  'peroxidation and ferroptosis.',
  '',
  'Tab\there: FSP1 and ROS.',
  '',
].join('\n');

const LATEX = [
  '\\section{The 𝛾 axis}',
  'CD8\\textsuperscript{+} T cells secrete IFN-$\\gamma$, and GPX4 protects Tregs from',
  'lipid peroxidation.',
  '',
  'Erastin induces ferroptosis.',
].join('\n');

function inputs(): ExportInput[] {
  return [
    { file: 'paper/results.md', analysis: service.analyze(doc(MARKDOWN, 'markdown')), lexicon: service.lexicon },
    { file: 'paper/methods.tex', analysis: service.analyze(doc(LATEX, 'latex')), lexicon: service.lexicon },
  ];
}

/** Slices `text` by code points, as a Python reader of these formats would. */
function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

function length(text: string): number {
  return Array.from(text).length;
}

/** The mentions every export must carry: prose text, type, identifier, in document order. */
function expected(input: ExportInput): [string, string, string][] {
  return input.analysis.mentions.map((m) => [
    input.analysis.prose.text.slice(m.proseStart, m.proseEnd),
    EXPORT_TYPES[m.type],
    input.lexicon.entries.get(m.id)?.xrefs[0] ?? `biolex:${m.id}`,
  ]);
}

test('the fixtures exercise markup, astral-plane characters and line breaks', () => {
  const [md, tex] = inputs();
  const texts = (input: ExportInput) => expected(input).map(([text]) => text);
  assert.deepEqual(texts(md!), ['GPX4', 'CD8+ T cells', 'IFN-γ', 'erastin', 'lipid peroxidation', 'ferroptosis', 'FSP1', 'ROS']);
  assert.deepEqual(texts(tex!), ['CD8+ T cells', 'IFN-γ', 'GPX4', 'Tregs', 'lipid peroxidation', 'Erastin', 'ferroptosis']);
  const broken = md!.analysis.mentions.find((m) => m.id === 'lipid-peroxidation')!;
  assert.equal(md!.analysis.source.slice(broken.start, broken.end), 'lipid\nperoxidation');
  assert.match(md!.analysis.prose.text, /𝛾.*🧪/u);
});

test('BioC JSON: passages are prose blocks and every location covers its text', () => {
  const all = inputs();
  const collection = JSON.parse(formatBioc(all, { date: '20250101' })) as {
    source: string;
    date: string;
    key: string;
    infons: Record<string, string>;
    documents: {
      id: string;
      infons: Record<string, string>;
      relations: unknown[];
      passages: {
        offset: number;
        infons: Record<string, string>;
        text: string;
        sentences: unknown[];
        relations: unknown[];
        annotations: { id: string; infons: Record<string, string>; text: string; locations: { offset: number; length: number }[] }[];
      }[];
    }[];
  };
  assert.equal(collection.source, 'BioLex');
  assert.equal(collection.date, '20250101');
  assert.equal(collection.key, '');
  assert.deepEqual(
    collection.documents.map((d) => d.id),
    ['paper/results.md', 'paper/methods.tex'],
  );
  collection.documents.forEach((document, d) => {
    const input = all[d]!;
    const prose = input.analysis.prose.text;
    assert.deepEqual(document.relations, []);
    const seen: [string, string, string][] = [];
    const ids = new Set<string>();
    // The first block of each example is a heading (# …, \\section{…}), the rest paragraphs.
    assert.deepEqual(document.passages.map((p) => p.infons['type']), ['heading', ...document.passages.slice(1).map(() => 'paragraph')]);
    for (const passage of document.passages) {
      assert.deepEqual(passage.sentences, []);
      assert.deepEqual(passage.relations, []);
      // Document-level offsets: the passage sits at its offset in the prose, counted in code points.
      assert.equal(slice(prose, passage.offset, passage.offset + length(passage.text)), passage.text);
      assert.equal(passage.text, passage.text.trim());
      for (const annotation of passage.annotations) {
        assert.equal(annotation.locations.length, 1);
        const { offset, length: size } = annotation.locations[0]!;
        assert.ok(offset >= passage.offset && offset + size <= passage.offset + length(passage.text), 'inside its passage');
        assert.equal(slice(passage.text, offset - passage.offset, offset - passage.offset + size), annotation.text);
        assert.ok(!ids.has(annotation.id), 'annotation ids are unique in a document');
        ids.add(annotation.id);
        seen.push([annotation.text, annotation.infons.type!, annotation.infons.identifier!]);
      }
    }
    assert.deepEqual(seen, expected(input));
  });
  // The mention after 𝛾 and 🧪 is two code points, but four UTF-16 units, before its JavaScript offset.
  const [md] = all;
  const erastin = md!.analysis.mentions.find((m) => m.id === 'erastin')!;
  const location = collection.documents[0]!.passages.flatMap((p) => p.annotations).find((a) => a.infons.biolex_id === 'erastin')!.locations[0]!;
  assert.equal(location.offset, erastin.proseStart - 3);
});

test('BioC JSON: identifiers are the first xref, else biolex:<id>; types follow the mapping', () => {
  const annotations = toBiocCollection(inputs()).documents.flatMap((d) => d.passages.flatMap((p) => p.annotations));
  const byId = new Map(annotations.map((a) => [a.infons.biolex_id, a.infons]));
  assert.deepEqual(byId.get('GPX4'), { type: 'Gene', identifier: 'HGNC:4556', biolex_type: 'gene', biolex_id: 'GPX4' });
  assert.deepEqual(byId.get('erastin'), { type: 'Chemical', identifier: 'PubChem:11214940', biolex_type: 'compound', biolex_id: 'erastin' });
  assert.equal(byId.get('ros')?.type, 'Chemical');
  assert.equal(byId.get('cd8-t-cell')?.type, 'CellType');
  assert.deepEqual(byId.get('ferroptosis'), { type: 'BiologicalProcess', identifier: 'biolex:ferroptosis', biolex_type: 'process', biolex_id: 'ferroptosis' });
  assert.equal(EXPORT_TYPES.complex, 'Gene');
  assert.equal(toBiocCollection([]).date, '');
});

/** A minimal PubTator reader, after the `bioc` package's: title, abstract, tab-separated annotations. */
function parsePubtator(text: string): { id: string; title: string; abstract: string; annotations: { start: number; end: number; text: string; type: string; identifier: string }[] }[] {
  return text
    .split(/\n\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n').filter((line) => line !== '');
      const title = /^(.*?)\|t\|(.*)$/.exec(lines[0]!)!;
      const abstract = /^(.*?)\|a\|(.*)$/.exec(lines[1]!)!;
      assert.equal(title[1], abstract[1]);
      return {
        id: title[1]!,
        title: title[2]!,
        abstract: abstract[2]!,
        annotations: lines.slice(2).map((line) => {
          const fields = line.split('\t');
          assert.equal(fields.length, 6, line);
          assert.equal(fields[0], title[1]);
          return { start: Number(fields[1]), end: Number(fields[2]), text: fields[3]!, type: fields[4]!, identifier: fields[5]! };
        }),
      };
    });
}

test('PubTator: offsets count the title, one space and the abstract', () => {
  const all = inputs();
  const output = formatPubtator(all);
  assert.match(output, /^1\|t\|GPX4 in 𝛾-irradiated 🧪 cells\n1\|a\|Activated CD8\+ T cells/);
  assert.match(output, /\n\n2\|t\|The 𝛾 axis\n/);
  assert.ok(!output.endsWith('\n\n'));
  const documents = parsePubtator(output);
  assert.deepEqual(
    documents.map((d) => d.id),
    ['1', '2'],
  );
  documents.forEach((document, d) => {
    const text = `${document.title} ${document.abstract}`;
    for (const annotation of document.annotations) assert.equal(slice(text, annotation.start, annotation.end), annotation.text);
    assert.deepEqual(
      document.annotations.map((a) => [a.text, a.type, a.identifier]),
      expected(all[d]!),
    );
  });
  // Blocks are joined by one space, and the tab in the prose became a space.
  assert.match(documents[0]!.abstract, /ferroptosis\. Tab here: FSP1/);
});

test('BioC: passages carry their real type (title, heading, paragraph, table_cell, fig_caption, footnote), after an edit too', () => {
  const markdown = '---\ntitle: GPX4 story\n---\n\n# Intro\n\nText GPX4.\n\n| A | B |\n|---|---|\n| GPX4 | FSP1 |\n\nMore[^1].\n\n[^1]: A note on FSP1.\n';
  const latex = '\\documentclass{article}\n\\title{GPX4 story}\n\\begin{document}\n\\section{Intro}\nText GPX4.\n\\begin{figure}\\caption{FSP1 and GPX4.}\\end{figure}\n\\begin{tabular}{ll}\nGPX4 & FSP1 \\\\\n\\end{tabular}\n\\end{document}\n';
  const types = (uri: string, languageId: string, text: string, version = 1): string[] => {
    const analysis = service.analyze({ uri, languageId, version, getText: () => text }) as Analysis;
    return toBiocCollection([{ file: uri, analysis, lexicon: service.lexicon }]).documents[0]!.passages.map((p) => `${p.infons['type']}:${p.text}`);
  };
  assert.deepEqual(types('types.md', 'markdown', markdown), [
    'title:GPX4 story', 'heading:Intro', 'paragraph:Text GPX4.', 'table_cell:A', 'table_cell:B', 'table_cell:GPX4', 'table_cell:FSP1', 'paragraph:More.', 'footnote:A note on FSP1.',
  ]);
  assert.deepEqual(types('types.tex', 'latex', latex), ['title:GPX4 story', 'heading:Intro', 'paragraph:Text GPX4.', 'fig_caption:FSP1 and GPX4.', 'table_cell:GPX4', 'table_cell:FSP1']);
  // An edit inside a paragraph patches the prose, which then has no block kinds of its own: they are read again.
  assert.deepEqual(types('types.md', 'markdown', markdown.replace('Text GPX4.', 'Text GPX4 here.'), 2)[2], 'paragraph:Text GPX4 here.');
  assert.deepEqual(types('types.md', 'markdown', markdown.replace('Text GPX4.', 'Text GPX4 here.'), 2)[1], 'heading:Intro');
});

test('PubTator: the spaces removed citations leave are not in the text, and the offsets follow', () => {
  const d = doc('# GPX4 [@a] story\n\nErastin depletes GSH [@yang2014; @b]. Then GPX4 fails [@c], and erastin acts.\n');
  const analysis = service.analyze(d) as Analysis;
  const [document] = parsePubtator(formatPubtator([{ file: 'cited.md', analysis, lexicon: service.lexicon }]));
  assert.equal(document!.title, 'GPX4 story');
  assert.equal(document!.abstract, 'Erastin depletes GSH. Then GPX4 fails, and erastin acts.');
  const text = `${document!.title} ${document!.abstract}`;
  assert.ok(document!.annotations.length >= 3);
  for (const annotation of document!.annotations) assert.equal(slice(text, annotation.start, annotation.end), annotation.text);
});

test('PubTator: a document with one block has an empty abstract; none at all, an empty title', () => {
  const one = { file: 'a.md', analysis: service.analyze(doc('GPX4 only.')), lexicon: service.lexicon };
  const none = { file: 'b.md', analysis: service.analyze(doc('')), lexicon: service.lexicon };
  assert.equal(formatPubtator([one, none]), '1|t|GPX4 only.\n1|a|\n1\t0\t4\tGPX4\tGene\tHGNC:4556\n\n2|t|\n2|a|\n');
  assert.equal(formatPubtator([]), '');
});

/** A minimal brat reader: T lines with (possibly discontinuous) spans, N lines with references. */
function parseAnn(ann: string): { entities: Map<string, { type: string; spans: [number, number][]; text: string }>; notes: { target: string; reference: string; text: string }[] } {
  const entities = new Map<string, { type: string; spans: [number, number][]; text: string }>();
  const notes: { target: string; reference: string; text: string }[] = [];
  assert.ok(ann === '' || ann.endsWith('\n'));
  for (const line of ann.split('\n').filter((l) => l !== '')) {
    const fields = line.split('\t');
    assert.equal(fields.length, 3, line);
    const [id, middle, text] = fields as [string, string, string];
    if (id.startsWith('T')) {
      const [type, ...rest] = middle.split(' ');
      const spans = rest
        .join(' ')
        .split(';')
        .map((span) => span.split(' ').map(Number) as [number, number]);
      entities.set(id, { type: type!, spans, text });
    } else {
      const [kind, target, reference] = middle.split(' ');
      assert.equal(kind, 'Reference');
      notes.push({ target: target!, reference: reference!, text });
    }
  }
  return { entities, notes };
}

test('brat: spans cover their text in the .txt, joined by a space when discontinuous', () => {
  const all = inputs();
  const documents = toBrat(all);
  assert.deepEqual(
    documents.map((d) => d.name),
    ['paper/results.md', 'paper/methods.tex'],
  );
  documents.forEach((document, d) => {
    const input = all[d]!;
    assert.equal(document.txt, input.analysis.prose.text);
    const { entities, notes } = parseAnn(document.ann);
    for (const entity of entities.values()) {
      assert.equal(entity.spans.map(([start, end]) => slice(document.txt, start, end)).join(' '), entity.text);
    }
    assert.deepEqual(
      [...entities.keys()].map((id) => {
        const note = notes.find((n) => n.target === id)!;
        return [entities.get(id)!.text, entities.get(id)!.type, note.reference];
      }),
      expected(input),
    );
    assert.equal(notes.find((n) => n.reference === 'HGNC:4556')?.text, 'GPX4');
  });
});

test('one document for several files: their prose joined in order, each passage naming its file, every offset moved with its text', () => {
  const parts = inputs();
  const joined = { file: 'paper/paper.tex', parts };
  const collection = toBiocCollection([joined]);
  assert.equal(collection.documents.length, 1);
  const [document] = collection.documents;
  assert.equal(document!.id, 'paper/paper.tex');
  // The files' texts, two line breaks apart, with no passage across the seam.
  const text = parts.map((p) => p.analysis.prose.text).join('\n\n');
  assert.deepEqual(
    [...new Set(document!.passages.map((p) => p.infons['file']))],
    ['paper/results.md', 'paper/methods.tex'],
  );
  for (const passage of document!.passages) {
    assert.equal(slice(text, passage.offset, passage.offset + length(passage.text)), passage.text);
    for (const annotation of passage.annotations) {
      const { offset, length: size } = annotation.locations[0]!;
      assert.equal(slice(text, offset, offset + size), annotation.text);
    }
  }
  // Annotation ids run on through the document; every file's mentions are there, in order.
  const annotations = document!.passages.flatMap((p) => p.annotations);
  assert.deepEqual(annotations.map((a) => a.id), annotations.map((_, i) => String(i + 1)));
  assert.deepEqual(
    annotations.map((a) => [a.text, a.infons.type, a.infons.identifier]),
    parts.flatMap(expected),
  );

  const [pubtator] = parsePubtator(formatPubtator([joined]));
  assert.equal(pubtator!.id, '1');
  assert.equal(pubtator!.title, 'GPX4 in 𝛾-irradiated 🧪 cells');
  const pubtatorText = `${pubtator!.title} ${pubtator!.abstract}`;
  for (const a of pubtator!.annotations) assert.equal(slice(pubtatorText, a.start, a.end), a.text);
  assert.deepEqual(pubtator!.annotations.map((a) => [a.text, a.type, a.identifier]), parts.flatMap(expected));

  const [brat] = toBrat([joined]);
  assert.equal(brat!.name, 'paper/paper.tex');
  assert.equal(brat!.txt, text);
  const { entities } = parseAnn(brat!.ann);
  for (const entity of entities.values()) assert.equal(entity.spans.map(([start, end]) => slice(text, start, end)).join(' '), entity.text);
  assert.equal(entities.size, parts.flatMap(expected).length);
});

test('brat: prose with a line break inside a mention becomes fragments, as brat stores them', () => {
  const text = 'The lipid\n  peroxidation of 🧪 GPX4.\n';
  const analysis: Analysis = {
    uri: 'memory://synthetic',
    version: 1,
    markup: Markup.Markdown,
    source: text,
    definitions: new Set(),
    projectDefinitions: new Set(),
    prose: { text, runAt: Int32Array.of(0), runFrom: Int32Array.of(0), runTo: Int32Array.of(-1), sourceLength: text.length },
    mentions: [
      { start: 4, end: 24, id: 'lipid-peroxidation', type: 'process', alternatives: [], proseStart: 4, proseEnd: 24 },
      { start: 31, end: 35, id: 'GPX4', type: 'gene', alternatives: [], proseStart: 31, proseEnd: 35 },
    ],
  };
  const [document] = toBrat([{ file: 'x.md', analysis, lexicon: service.lexicon }]);
  assert.equal(
    document!.ann,
    'T1\tBiologicalProcess 4 9;12 24\tlipid peroxidation\nN1\tReference T1 biolex:lipid-peroxidation\tlipid peroxidation\n' +
      'T2\tGene 30 34\tGPX4\nN2\tReference T2 HGNC:4556\tGPX4\n',
  );
  const { entities } = parseAnn(document!.ann);
  for (const entity of entities.values()) {
    assert.equal(entity.spans.map(([start, end]) => slice(text, start, end)).join(' '), entity.text);
  }
  // BioC keeps the line break: its text is exact, and JSON carries it.
  const bioc = toBiocCollection([{ file: 'x.md', analysis, lexicon: service.lexicon }]);
  assert.equal(bioc.documents[0]!.passages[0]!.annotations[0]!.text, 'lipid\n  peroxidation');
  // PubTator keeps one record per line: the break is a space, and the offsets stay.
  assert.match(formatPubtator([{ file: 'x.md', analysis, lexicon: service.lexicon }]), /\n1\t4\t24\tlipid   peroxidation\tBiologicalProcess\t/);
});

test('brat: names keep the extension and directories, never leave the output directory, and never collide', () => {
  assert.equal(bratName('examples/manuscript.md'), 'examples/manuscript.md');
  assert.equal(bratName('../shared/paper.tex'), '__/shared/paper.tex');
  assert.equal(bratName('/abs/./paper.md'), 'abs/paper.md');
  assert.equal(bratName('dir\\win.md'), 'dir/win.md');
  const input = { file: 'a.md', analysis: service.analyze(doc('GPX4.')), lexicon: service.lexicon };
  assert.deepEqual(
    toBrat([input, input, input]).map((d) => d.name),
    ['a.md', 'a.md-2', 'a.md-3'],
  );
});

test('passages: blank lines separate blocks, which are trimmed', () => {
  const text = ' Title\n\nOne line\nstill one\n \n\n\nLast  \n\n';
  assert.deepEqual(
    splitPassages(text).map(({ start, end }) => text.slice(start, end)),
    ['Title', 'One line\nstill one', 'Last'],
  );
  assert.deepEqual(splitPassages(''), []);
  assert.deepEqual(splitPassages('\n\n  \n'), []);
});

test('code points: astral-plane characters count once', () => {
  const count = codePointCounter('a𝛾b🧪c');
  assert.deepEqual(
    [0, 1, 3, 4, 6, 7].map(count),
    [0, 1, 2, 3, 4, 5],
  );
  const ascii = codePointCounter('plain');
  assert.equal(ascii(3), 3);
});
