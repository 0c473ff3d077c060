import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../server/src/service/markup/sentences';

function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

const cases: [string, string, string[]][] = [
  ['two sentences', 'GPX4 reduces peroxides. FSP1 reduces CoQ10.', ['GPX4 reduces peroxides.', 'FSP1 reduces CoQ10.']],
  ['et al.', 'Dixon et al. showed that erastin blocks system Xc-. It was new.', ['Dixon et al. showed that erastin blocks system Xc-.', 'It was new.']],
  ['e.g. and i.e.', 'Inducers, e.g. RSL3, act fast. Others, i.e. erastin, act slowly.', ['Inducers, e.g. RSL3, act fast.', 'Others, i.e. erastin, act slowly.']],
  ['decimals', 'We used 2.5 µM RSL3. It killed cells.', ['We used 2.5 µM RSL3.', 'It killed cells.']],
  ['Fig.', 'GPX4 fell (Fig. 2). Then cells died.', ['GPX4 fell (Fig. 2).', 'Then cells died.']],
  ['initials', 'As J. Smith noted, GPX4 matters. Yes.', ['As J. Smith noted, GPX4 matters.', 'Yes.']],
  ['question', 'Does FSP1 act alone? We tested it.', ['Does FSP1 act alone?', 'We tested it.']],
  ['block break', 'A heading\n\nBody text here.', ['A heading', 'Body text here.']],
  ['lower-case after period', 'the cells (approx. twenty) died. Then', ['the cells (approx. twenty) died.', 'Then']],
  ['citation placeholder', 'GPX4 is key \uFFFC. FSP1 too.', ['GPX4 is key \uFFFC.', 'FSP1 too.']],
];

for (const [name, text, expected] of cases) {
  test(`sentences: ${name}`, () => assert.deepEqual(split(text), expected));
}
