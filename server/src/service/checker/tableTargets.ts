/**
 * Tables whose header names a column of targets ("| Drug | Target |", "Compound & Direct target"): each row says
 * that its first entry acts on the entry in that column, with no verb for the claim reader to read. A target says
 * no direction (the review's Table 1 gives artesunate's as ROS, which it raises) and often no directness (cisplatin's
 * as GSH, which it depletes indirectly): under "Target" a row is a claim only where the literature says the entry
 * is not the compound's target ("| RSL3 | system Xc⁻ |": RSL3 acts on GPX4); under "Direct target", or with
 * "(direct)" in its cell, it claims direct action. Rows are read in order, the first of a table as its header.
 */
import type { Analysis } from '../analysis';
import { ClaimForm, newClaim, type Claim, type ClaimParty } from '../claims/claim';
import type { VerbClass } from '../lexicon/lexicon';
import { verbOf, type VerbIndex } from '../claims/verbIndex';
import type { RelationIndex } from './relationIndex';
import { CELL_SEPARATOR } from '../markup/prose';
import type { Sentence } from '../markup/sentences';

/**
 * A header cell that names targets: "Target", "Direct target", "Molecular target(s)", "Target in Table 1"; or whose
 * last word is "target": "Ferroptosis-relevant target", "Drug target"; or that says the same in other words: "What
 * it hits", "Acts on", "Site of action".
 */
const TARGET_HEADER =
  /^\W*(?:(?:direct|molecular|primary|main|principal|reported|putative)\s+)?targets?\b|^[\w\s-]{0,40}\btargets?\W*$|^\W*(?:what\s+(?:it|they|each)\s+(?:hits|hit|targets?|acts?\s+on)|(?:primary\s+|main\s+)?(?:hits?|acts?\s+on|(?:site|point)\s+of\s+(?:action|attack)))\W*$/i;
/** What acts (a row's first cell), and what may be acted on (its target cell): no cells, no processes. */
const ACTORS: ReadonlySet<string> = new Set(['compound', 'gene', 'complex']);
const TARGETS: ReadonlySet<string> = new Set(['compound', 'gene', 'complex', 'metabolite']);
/** A target cell that says there is none, or that denies it. */
const NO_TARGET = /\b(?:no|not|none|unknown|unclear)\b|^\W*[—–-]?\W*$/i;

interface Cell {
  readonly start: number;
  readonly end: number;
}

export class TargetColumns {
  readonly #lower: VerbClass | undefined;
  readonly #relations: RelationIndex;
  /** The target column of the table being read, -1 where it has none, undefined outside a table. */
  #column: number | undefined;
  #direct = false;

  constructor(verbs: VerbIndex, relations: RelationIndex) {
    this.#lower = verbOf(verbs, 'bind');
    this.#relations = relations;
  }

  /**
   * The claims the row `sentence` makes by its target column (relative to the sentence's start, as the claim
   * reader's are), its mentions those from `from` to `to`. Every sentence of a pass goes through here, in order:
   * one that is no row ends the table.
   */
  rowClaims(text: string, sentence: Sentence, mentions: Analysis['mentions'], from: number, to: number): Claim[] {
    const row = text.slice(sentence.start, sentence.end);
    if (!row.includes(CELL_SEPARATOR)) {
      this.#column = undefined;
      return [];
    }
    const cells = cellsOf(row);
    if (this.#column === undefined) {
      this.#column = cells.findIndex((cell) => TARGET_HEADER.test(row.slice(cell.start, cell.end)));
      this.#direct = this.#column > 0 && /\bdirect/i.test(row.slice(cells[this.#column]!.start, cells[this.#column]!.end));
      return [];
    }
    const target = cells[this.#column];
    if (this.#column <= 0 || !target || !this.#lower || NO_TARGET.test(row.slice(target.start, target.end))) return [];
    const actor = firstIn(cells[0]!, row, sentence.start, mentions, from, to, ACTORS);
    const acted = firstIn(target, row, sentence.start, mentions, from, to, TARGETS);
    if (!actor || !acted || actor.id === acted.id) return [];
    const direct = this.#direct || /\bdirect(?:ly)?\b/i.test(row.slice(target.start, target.end));
    if (!direct && !this.#relations.between(actor.id, acted.id).some((r) => r.notATarget)) return [];
    // Acting on the target itself: the checker's "binds", which offers no fix (no word of the row can be swapped).
    return [newClaim({ subjects: [actor], objects: [acted], effect: 'binds', negated: false, form: ClaimForm.State, start: actor.start, end: acted.end, verb: { start: acted.start, end: acted.end, verb: this.#lower, slot: 'state' } })];
  }
}

/** The cells of a row, parted by the prose's cell separator. */
function cellsOf(row: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (let at = row.indexOf(CELL_SEPARATOR); at >= 0; at = row.indexOf(CELL_SEPARATOR, start)) {
    cells.push({ start, end: at });
    start = at + CELL_SEPARATOR.length;
  }
  cells.push({ start, end: row.length });
  return cells;
}

/** The mention that opens `cell` (after an article at most), if it is of one of `types`. */
function firstIn(cell: Cell, row: string, offset: number, mentions: Analysis['mentions'], from: number, to: number, types: ReadonlySet<string>): ClaimParty | undefined {
  for (let k = from; k < to; k++) {
    const mention = mentions[k]!;
    const start = mention.proseStart - offset;
    if (start < cell.start) continue;
    if (start >= cell.end || !/^\W*(?:the\s+)?$/i.test(row.slice(cell.start, start)) || !types.has(mention.type)) return undefined;
    return { id: mention.id, inverted: false, start, end: mention.proseEnd - offset };
  }
  return undefined;
}
