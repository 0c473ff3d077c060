/** The prose builder against a plain model of it: one source span per character, kept in arrays. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expandSourceMap, ProseBuilder } from '../../server/src/service/markup/prose';

class ModelBuilder {
  text = '';
  starts: number[] = [];
  ends: number[] = [];
  copy(source: string, from: number, to: number): void {
    for (let i = from; i < to; i++) this.#write(source[i]!, i, i + 1);
  }
  emit(text: string, from: number, to: number): void {
    for (const ch of text.split('')) this.#write(ch, from, to);
  }
  space(from: number, to: number): void {
    if (this.text.length === 0 || this.text.endsWith(' ') || this.text.endsWith('\n')) return;
    this.emit(' ', from, to);
  }
  breakBlock(at: number): void {
    while (this.text.endsWith(' ') || this.text.endsWith('\t')) this.#drop();
    if (this.text.length === 0 || this.text.endsWith('\n\n')) return;
    this.emit(this.text.endsWith('\n') ? '\n' : '\n\n', at, at);
  }
  breakCell(at: number): void {
    while (this.text.endsWith(' ') || this.text.endsWith('\t')) this.#drop();
    if (this.text.length === 0 || this.text.endsWith('\n')) return;
    this.emit(' | ', at, at);
  }
  #write(ch: string, from: number, to: number): void {
    this.text += ch;
    this.starts.push(from);
    this.ends.push(to);
  }
  #drop(): void {
    this.text = this.text.slice(0, -1);
    this.starts.pop();
    this.ends.pop();
  }
}

const SOURCE = 'GPX4  reduces\tlipid  peroxides \n\n and FSP1\treduces CoQ10 .  ';

// Operations at offsets that only move forward, as a scanner's do.
const operation = fc.oneof(
  fc.record({ kind: fc.constant('copy' as const), length: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('emit' as const), text: fc.constantFrom(' ', 'γ', '\t', '⟨math⟩', ' x ', '\n'), length: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('space' as const), length: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('breakBlock' as const), length: fc.constant(0) }),
  fc.record({ kind: fc.constant('breakCell' as const), length: fc.constant(0) }),
);

test('the prose builder writes what a character-by-character model writes, across thousands of parts', () => {
  fc.assert(
    fc.property(fc.array(operation, { minLength: 2500, maxLength: 4000 }), (operations) => {
      const source = SOURCE.repeat(2000);
      const builder = new ProseBuilder(source.length);
      const model = new ModelBuilder();
      let at = 0;
      for (const op of operations) {
        const to = Math.min(source.length, at + op.length);
        if (op.kind === 'copy') {
          builder.copy(source, at, to);
          model.copy(source, at, to);
        } else if (op.kind === 'emit') {
          builder.emit(op.text, at, to);
          model.emit(op.text, at, to);
        } else if (op.kind === 'space') {
          builder.space(at, to);
          model.space(at, to);
        } else if (op.kind === 'breakCell') {
          builder.breakCell(at);
          model.breakCell(at);
        } else {
          builder.breakBlock(at);
          model.breakBlock(at);
        }
        at = to;
      }
      const prose = builder.finish();
      assert.equal(prose.text, model.text);
      const { sourceStart, sourceEnd } = expandSourceMap(prose);
      assert.deepEqual(Array.from(sourceStart), model.starts);
      assert.deepEqual(Array.from(sourceEnd), model.ends);
    }),
    { seed: 20261126, numRuns: 25 },
  );
});

test('trailing spaces are dropped before a block break even where they were joined into an earlier chunk', () => {
  // A thousand parts are joined into one chunk: here the chunk ends in a space and the part after it is one.
  const source = `${'x'.repeat(1023)}a  `;
  const builder = new ProseBuilder(source.length);
  for (let i = 0; i < 1023; i++) builder.emit('x', i, i + 1);
  builder.copy(source, 1023, 1025);
  builder.emit(' ', 1025, 1026);
  builder.breakBlock(1026);
  const prose = builder.finish();
  assert.equal(prose.text, `${'x'.repeat(1023)}a\n\n`);
  const { sourceStart, sourceEnd } = expandSourceMap(prose);
  assert.deepEqual([sourceStart[1023], sourceEnd[1023], sourceStart[1024], sourceEnd[1025]], [1023, 1024, 1026, 1026]);
});
