/**
 * Mechanism diagnostics: sentences whose claims contradict the curated lexicon, with the curated statement,
 * its references, and fixes. Claims are read per sentence and cached by the sentence's text, so that after an
 * edit only the changed sentences are read again.
 */
import type { Analysis, Markup } from '../analysis';
import { toSourceRange } from '../markup/prose';
import { splitSentences, type Sentence } from '../markup/sentences';
import { assertedClaims, posedNotAsserted } from './assertion';
import { indexVerbs, PREVIOUS_CELLS, PREVIOUS_SUBJECT, readSentenceClaims, tokenize, Tokens, type Claim, type SentenceLexicon, type VerbIndex } from '../claims';
import { checkClaim, type Contradiction } from './contradictions';
import { RelationIndex, type CuratedRelation } from './relationIndex';
import { disableDocumentComment, disableNextLineComment, findDisabledLines, type DisabledLines } from './inlineControl';
import type { Lexicon, SourceLocation, VerbClass } from '../lexicon/lexicon';
import { LineIndex } from '../markup/lineIndex';
import { SentenceFilter } from './sentenceFilter';
import { TargetColumns } from './tableTargets';
import { SentenceReadings, type ReadingsReuse } from './sentenceReadings';
import { settingMatches, settingOfClause } from './setting';
import { describeReading } from './claimReading';
import { mechanismFixes, type QuickFix } from './mechanismFixes';
import { fixStatesRelation, type FixContext, type FixReader } from './fixCheck';
import { citationNumbers, citedReferences, referenceUrl } from '../lexicon/citations';
import { leadInActor, mayReferBack, opensList, opensWithTheseCells, previousCells, previousSubject, type MadeCells } from '../claims/previousSubject';

export type { FileAppend, QuickFix, TextEdit } from './mechanismFixes';

export const MECHANISM_CONTRADICTION = 'mechanism-contradiction';

/**
 * Most sentences hold no claim: one shared empty list for all of them in the readings. Not frozen: a frozen
 * array has elements of another kind, and the loop over a sentence's claims slowed by a quarter seeing both.
 */
const NO_CLAIMS: readonly Claim[] = [];

/**
 * Past these sizes a "sentence" is a list, a table or a paragraph the splitter could not divide, not a claim:
 * it is not read, as reading costs more than linear time in its mentions. The review's longest sentence has 684
 * characters and its most crowded 24 mentions.
 */
const MAX_CLAIM_SENTENCE = 2_000;
const MAX_CLAIM_MENTIONS = 64;

/** How loudly a contradiction is reported. */
export enum DiagnosticSeverity {
  Error = 'error',
  Warning = 'warning',
  Information = 'information',
  Hint = 'hint',
}

export interface BiolexDiagnostic {
  readonly start: number;
  readonly end: number;
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly message: string;
  readonly href?: string;
  readonly related: readonly { readonly location: SourceLocation; readonly message: string }[];
  readonly fixes: readonly QuickFix[];
  /** Keys of the references the message cites (see citations.ts). */
  readonly references: readonly string[];
}

/** A contradiction as found, before inline control and the fixes that depend on lines. */
interface Finding {
  readonly start: number;
  readonly end: number;
  readonly proseStart: number;
  readonly proseEnd: number;
  readonly message: string;
  readonly href?: string;
  readonly related: readonly { readonly location: SourceLocation; readonly message: string }[];
  readonly references: readonly string[];
  /** The fixes that might mend the claim, checked only when asked for (see fixCheck.ts). */
  readonly fixes: readonly QuickFix[];
  readonly fixContext: FixContext;
}

interface Explanation {
  readonly message: string;
  readonly href: string | undefined;
  readonly related: readonly { readonly location: SourceLocation; readonly message: string }[];
}

function shiftFinding(finding: Finding, delta: number, proseDelta: number): Finding {
  return {
    ...finding,
    start: finding.start + delta,
    end: finding.end + delta,
    proseStart: finding.proseStart + proseDelta,
    proseEnd: finding.proseEnd + proseDelta,
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
    fixContext: { ...finding.fixContext, start: finding.fixContext.start + delta },
  };
}

function lowerBoundMention(mentions: Analysis['mentions'], proseOffset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.proseEnd <= proseOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface DiagnosticOptions {
  readonly severity: DiagnosticSeverity;
}


/**
 * The last words of the places of the cell, and the first words of their adjectives ("mitochondrial"), looked for
 * before a location claim is read (claims/locations.ts).
 */
/** Verb forms by slot: base and third person ("Induce…", "Drives…"), and past. */
const PRESENT: readonly number[] = [0, 1];
const PAST: readonly number[] = [0, 1, 2];

export class MechanismChecker {
  readonly #lexicon: Lexicon;
  readonly #relations: RelationIndex;
  /** Which sentences are worth reading at all. */
  readonly #filter: SentenceFilter;
  readonly #verbs: VerbIndex;
  readonly #promote: VerbClass | undefined;
  /** What an entry is as an outcome: a process, a state of cells (M1, M2), or neither. */
  readonly #outcomeKind = (id: string): 'process' | 'state' | undefined => {
    const entry = this.#lexicon.entries.get(id);
    return entry?.type === 'process' ? 'process' : entry?.stateOf ? 'state' : undefined;
  };
  /** The process that is the maturation of the cells of an id (`maturation_of`), where the lexicon names one. */
  readonly #maturations: ReadonlyMap<string, string>;
  readonly #maturation = (cells: string): string | undefined => this.#maturations.get(cells);
  /** What the claim reader needs to know of the lexicon's entries. */
  readonly #sentenceLexicon: SentenceLexicon;
  /** Messages, links and related locations, by relation, then kind and subject (see `#explanation`). */
  readonly #explanations = new WeakMap<CuratedRelation, Map<string, Explanation>>();
  /** The last findings per document, for re-checking only what an edit changed. */
  readonly #last = new Map<string, { analysis: Analysis; findings: Finding[] }>();
  /** The last line layout per document: its line index and the lines its inline directives turn off. */
  readonly #layouts = new Map<string, { analysis: Analysis; lines: LineIndex; disabled: DisabledLines }>();
  /** The claims each document's last full pass read, sentence by sentence: the next one reuses what is unchanged. */
  readonly #readings = new Map<string, SentenceReadings>();
  /** One sentence's tokens at a time: the list is filled again for each sentence read. */
  readonly #tokens = new Tokens();
  /** Which sentence `#tokens` holds: the prose and the sentence's start. */
  #tokensText = '';
  #tokensStart = -1;

  /** Reads fixed sentences again (see `fixStatesRelation`); without it, no fix is offered. */
  readonly #fixReader: FixReader | undefined;

  readonly #fixesChecked = new WeakMap<Finding, readonly QuickFix[]>();

  /** The curated relations claims are checked against. */
  get relations(): RelationIndex {
    return this.#relations;
  }

  constructor(lexicon: Lexicon, analyze?: (text: string, markup: Markup) => Analysis) {
    this.#lexicon = lexicon;
    this.#relations = new RelationIndex(lexicon);
    this.#filter = new SentenceFilter(lexicon, this.#relations, this.#maturation);
    this.#verbs = indexVerbs(lexicon.verbs);
    this.#promote = lexicon.verbs.find((v) => v.lemma === 'promote');
    this.#maturations = new Map([...lexicon.entries.values()].flatMap((e) => (e.maturationOf ? [[e.maturationOf, e.id] as const] : [])));
    this.#fixReader = analyze && this.#readerOfFixes(analyze);
    this.#sentenceLexicon = {
      outcomeKind: this.#outcomeKind,
      promote: this.#promote,
      maturation: this.#maturation,
      ...this.#relations.factsForFrames(),
      located: new Set([...lexicon.entries.values()].flatMap((e) => (e.location ? [e.id] : []))),
    };
  }

  /** Contradictions in the prose range [from, to) of a document (whole sentences only). */
  findContradictions(analysis: Analysis, from = 0, to = analysis.prose.text.length, onChecked?: (claim: Claim, contradictions: readonly Contradiction[], sentence: Sentence) => void): Contradiction[] {
    const prose = analysis.prose;
    const mentions = analysis.mentions;
    const found: Contradiction[] = [];
    // A full pass records what it reads, and reuses what the document's last full pass read where unchanged.
    const full = from === 0 && to === prose.text.length;
    const readings = full ? new SentenceReadings(prose.text, mentions) : undefined;
    const reuse = full ? this.#readings.get(analysis.uri)?.reuseFor(prose.text) : undefined;
    let m = lowerBoundMention(mentions, from);
    // The sentence read last and its first mention: the previous one for the next sentence.
    let last: Sentence | undefined;
    let lastMentions = 0;
    // The last sentence that named an entry, and how many sentences have passed since: "Q. How does liraglutide
    // limit ferroptosis? Answer: B. Explanation: it…" — a pronoun's antecedent may sit behind one that names none.
    let named: { sentence: Sentence; mentions: number } | undefined;
    let sinceNamed = 0;
    // A list's lead-in ("In that model, lenvatinib:"): its items that open with their verb or with "it" take its one
    // acting entry.
    let leadIn: { sentence: Sentence; mentions: number } | undefined;
    const targets = new TargetColumns(this.#verbs, this.#relations);
    for (const sentence of splitSentences(prose.text, from, to)) {
      const previous = last;
      const previousMentions = lastMentions;
      while (m < mentions.length && mentions[m]!.proseEnd <= sentence.start) m++;
      last = sentence;
      lastMentions = m;
      let count = 0;
      while (m + count < mentions.length && mentions[m + count]!.proseStart < sentence.end) count++;
      const antecedent = previous && (mentions[previousMentions]?.proseStart ?? Infinity) < previous.end ? { sentence: previous, mentions: previousMentions } : sinceNamed <= 2 ? named : undefined;
      if (count > 0) [named, sinceNamed] = [{ sentence, mentions: m }, 0];
      else sinceNamed++;
      const actor = leadIn && this.#opensItem(prose.text, sentence.start) ? leadInActor(prose.text, leadIn.sentence, leadIn.mentions, mentions) : undefined;
      if (!actor) leadIn = count > 0 && opensList(prose.text, sentence) ? { sentence, mentions: m } : undefined;
      const columnClaims = targets.rowClaims(prose.text, sentence, mentions, m, m + count);
      if (count > MAX_CLAIM_MENTIONS || sentence.end - sentence.start > MAX_CLAIM_SENTENCE) continue;
      // A claim needs two different entries, and a contradiction a curated relation between them. "These cells
      // were resistant to ferroptosis" may take its subject from the cells the sentence before made: looked for
      // only where needed, as most sentences are settled by their own mentions.
      let made: MadeCells | undefined;
      let referred = actor;
      // Most sentences are settled by their pairs of mentions; a place of the cell is looked for only after that.
      if ((count < 2 || !this.#filter.mayContradict(mentions, m, m + count, prose.text)) && !this.#filter.mayPlace(mentions, m, m + count, prose.text, sentence.start, sentence.end)) {
        if (count < 1 || !previous) continue;
        if (opensWithTheseCells(prose.text, sentence.start)) made = previousCells(prose.text, previous, previousMentions, sentence.start, mentions);
        if (!made && !referred && antecedent && (mayReferBack(prose.text, sentence.start, sentence.end) || this.#opensWithVerb(prose.text, sentence.start))) referred = previousSubject(prose.text, antecedent.sentence, antecedent.mentions, sentence.start, mentions);
        const subject = made?.id ?? referred;
        if (!subject || !this.#filter.mayContradictFrom(subject, mentions, m, m + count, prose.text)) continue;
      }
      // Asked only of the sentences the pairs above leave to read, not of every sentence.
      if (posedNotAsserted(prose.text, sentence.start, sentence.end, previous)) continue;
      // Claims come relative to the sentence; only those that contradict are moved into place. Whether the
      // sentence asserts them is asked only of those, as most claims agree with the lexicon.
      const sentenceClaims = this.#claims(prose.text, sentence.start, sentence.end, mentions, m, m + count, readings, reuse);
      const claims = columnClaims.length === 0 ? sentenceClaims : [...sentenceClaims, ...columnClaims];
      let asserted: readonly Claim[] | undefined;
      for (const read of claims) {
        let claim: Claim = read;
        if (read.subjects[0]?.id === PREVIOUS_CELLS) {
          made ??= previous && previousCells(prose.text, previous, previousMentions, sentence.start, mentions);
          if (!made) continue;
          claim = { ...read, subjects: [{ ...read.subjects[0], id: made.id, inverted: made.inverted }] };
        } else if (read.subjects[0]?.id === PREVIOUS_SUBJECT) {
          // A sentence that opens with its verb takes the entry of a heading only ("bcc-USINPs. Induce…"), not
          // the subject of any sentence before: an imperative ("Inhibit GPX4 with RSL3") has none.
          // (Nor a past tense, "depleted CD8⁺ T cells;", save in a list's item.)
          if (!actor && read.subjects[0].start === 0 && this.#opensWithVerb(prose.text, sentence.start, PAST) && !(previous && this.#isHeading(prose.text, previous))) continue;
          referred ??= antecedent && previousSubject(prose.text, antecedent.sentence, antecedent.mentions, sentence.start, mentions);
          if (!referred) continue;
          claim = { ...read, subjects: [{ ...read.subjects[0], id: referred }] };
        }
        if (this.#redoxNotLoss(claim, prose.text, sentence.start)) continue;
        const contradictions = checkClaim(claim, this.#relations);
        if (contradictions.length === 0 && !onChecked) continue;
        asserted ??= this.#asserted(prose.text, sentence.start, sentence.end, mentions, m, m + count, claims);
        if (!asserted.includes(read)) continue;
        // The claim as placed in the prose, so that a caller reads its parties where they stand.
        onChecked?.(shiftClaim(claim, sentence.start), contradictions, sentence);
        if (contradictions.length === 0) continue;
        const placed = shiftClaim(claim, sentence.start);
        // A denial confined to a setting contradicts only a relation curated for that setting (see `setting.ts`).
        const setting = claim.negated ? settingOfClause(prose.text, sentence, sentence.start + read.start, sentence.start + read.end) : undefined;
        for (const c of contradictions) {
          if (setting !== undefined && !this.#speaksOf(c, setting)) continue;
          found.push({ ...c, claim: placed, subject: shiftParty(c.subject, sentence.start), object: shiftParty(c.object, sentence.start), ...(c.standIn && { standIn: shiftParty(c.standIn, sentence.start) }), sentence: { from: previous?.start ?? sentence.start, end: sentence.end } });
        }
      }
    }
    if (readings) this.#readings.set(analysis.uri, readings);
    this.#tokensText = ''; // the prose is not held past its pass
    return found;
  }

  /**
   * Whether a reading takes "reduce" in its redox sense for a loss or a fall: "DHODH reducing CoQ10 … to limit
   * ferroptosis" (the subject "reducing CoQ10" is no loss of it), "loss of the GPX4-catalysed reduction of L-OOH to
   * L-OH" (a reduction to a product lowers nothing; the reaction rule reads it). Only for curated redox substrates.
   */
  #redoxNotLoss(claim: Claim, text: string, at: number): boolean {
    const reducedSubject = claim.subjects.some((s) => s.inverted && /^reduc/i.test(text.slice(at + (s.writtenAt ?? s.start), at + (s.writtenAt ?? s.start) + 6)) && this.#relations.isReduced(s.id));
    const toProduct =
      claim.effect === 'negative' &&
      /^reduc/i.test(text.slice(at + claim.verb.start, at + claim.verb.end)) &&
      claim.objects.every((o) => this.#relations.isReduced(o.id) && /^\s*(?:\([^()]{0,40}\)\s*)?(?:to|into)\s/.test(text.slice(at + o.end, at + o.end + 50)));
    return reducedSubject || toProduct;
  }

  /**
   * Whether the literature behind a contradiction speaks of the setting a denial is confined to: the relation
   * contradicted, or one the other way between the same two entries ("in GPX4-deficient Treg cells, blocking
   * iron fails to reverse ferroptosis" against "ferroptosis requires iron; blocking it rescues even
   * GPX4-deficient Treg cells").
   */
  #speaksOf(c: Contradiction, setting: string): boolean {
    return [c.relation, ...this.#relations.between(c.object.id, c.subject.id)].some((r) => settingMatches(r.relation?.context, setting, r.text));
  }

  /** Whether the sentence at `start` opens with a verb ("Induce tumour-cell ferroptosis…" under a monograph's heading). */
  #opensWithVerb(text: string, start: number, slots = PRESENT): boolean {
    const word = /^[A-Za-z]+/.exec(text.slice(start, start + 20))?.[0].toLowerCase();
    const slot = word === undefined ? undefined : this.#verbs.forms.get(word)?.slot;
    return slot !== undefined && slots.includes(slot);
  }

  /** Whether the sentence at `start` opens as a list's item may under its lead-in: "depleted CD8⁺ T cells;", "drives…", "it expanded…". */
  #opensItem(text: string, start: number): boolean {
    const [, pronoun, word] = /^(?:(it|they)\s+)?([A-Za-z]+)/i.exec(text.slice(start, start + 30)) ?? [];
    const slot = word === undefined ? undefined : this.#verbs.forms.get(word.toLowerCase())?.slot;
    return slot === 1 || slot === 2 || (pronoun !== undefined && slot !== undefined);
  }

  /** Whether a sentence is a heading: at most three words, none of them a verb ("bcc-USINPs.", "Erastin (IKE)."). */
  #isHeading(text: string, sentence: Sentence): boolean {
    const words = text.slice(sentence.start, sentence.end).match(/[\p{L}\d][\p{L}\d₀-₉⁺⁻@-]*/gu) ?? [];
    return words.length <= 3 && words.every((w) => !this.#verbs.forms.has(w.toLowerCase()));
  }

  /** The claims read in one sentence, relative to its start: read, or reused from the document's last full pass. */
  #claims(text: string, start: number, end: number, mentions: Analysis['mentions'], from: number, to: number, readings?: SentenceReadings, reuse?: ReadingsReuse): readonly Claim[] {
    let claims = reuse?.claims(start, end, mentions, from, to);
    if (!claims) {
      const tokens = this.#tokenize(text, start, end, mentions, from, to);
      const read = readSentenceClaims(tokens, this.#verbs, this.#sentenceLexicon);
      claims = read.length === 0 ? NO_CLAIMS : read;
    }
    readings?.add(start, end, from, to, claims);
    return claims;
  }

  /** Those of a sentence's `claims` that it asserts (see `assertedClaims`), from its tokens. */
  #asserted(text: string, start: number, end: number, mentions: Analysis['mentions'], from: number, to: number, claims: readonly Claim[]): readonly Claim[] {
    // The tokens are this sentence's when its claims were just read; reused claims need them read again.
    const tokens = this.#tokensText === text && this.#tokensStart === start ? this.#tokens : this.#tokenize(text, start, end, mentions, from, to);
    // The words after the sentence too: a verdict there ("OK") may take up a quotation the sentence ends with.
    return assertedClaims(text.slice(start, end), tokens, claims, text.slice(end, end + 40));
  }

  #tokenize(text: string, start: number, end: number, mentions: Analysis['mentions'], from: number, to: number): Tokens {
    this.#tokensText = text;
    this.#tokensStart = start;
    return tokenize(text, start, end, mentions, from, to, this.#tokens);
  }

  /**
   * Findings before inline control, per document: after an edit that re-read one block, only that block's
   * sentences are checked again and the rest are shifted.
   */
  #rawFindings(analysis: Analysis): Finding[] {
    const last = this.#last.get(analysis.uri);
    if (last?.analysis === analysis) return last.findings;
    let findings: Finding[];
    const edit = analysis.edit;
    if (edit && last && last.analysis.version === edit.previousVersion) {
      const delta = analysis.source.length - last.analysis.source.length;
      const proseDelta = edit.newProseEnd - edit.oldProseEnd;
      findings = [
        ...last.findings.filter((f) => f.proseEnd <= edit.proseStart),
        ...this.#findingsIn(analysis, edit.proseStart, edit.newProseEnd),
        ...last.findings.filter((f) => f.proseStart >= edit.oldProseEnd).map((f) => shiftFinding(f, delta, proseDelta)),
      ];
    } else {
      findings = this.#findingsIn(analysis, 0, analysis.prose.text.length);
    }
    this.#last.set(analysis.uri, { analysis, findings });
    return findings;
  }

  #findingsIn(analysis: Analysis, from: number, to: number): Finding[] {
    const source = analysis.source;
    const findings: Finding[] = [];
    // One finding per claim read: "GSH is dispensable for GPX4" denies two curated relations in one breath. A
    // reaction run backwards says more than the sign it implies ("GPX4 generates L-OOH from L-OH"), so it wins.
    const byRange = new Map<string, { contradiction: Contradiction; range: { start: number; end: number } }>();
    for (const contradiction of this.findContradictions(analysis, from, to)) {
      const range = toSourceRange(analysis.prose, contradiction.claim.start, contradiction.claim.end);
      const key = `${range.start}:${range.end}`;
      const held = byRange.get(key)?.contradiction;
      if (!held || (contradiction.kind === 'reaction' && held.kind !== 'reaction')) byRange.set(key, { contradiction, range });
    }
    // A finding inside another one's words, on the same two entries, is the same mistake read twice ("GPX4 uses
    // GSH to convert A into B" and "to convert A into B"): the wider one stands for both.
    const held = [...byRange.values()];
    const samePair = (a: Contradiction, b: Contradiction): boolean => a.subject.id === b.subject.id && a.object.id === b.object.id;
    const within = ({ contradiction, range }: (typeof held)[number]): boolean =>
      held.some((other) => samePair(other.contradiction, contradiction) && other.range.start <= range.start && range.end <= other.range.end && (other.range.start < range.start || range.end < other.range.end));
    for (const finding of held) {
      if (within(finding)) continue;
      const { contradiction, range } = finding;
      const { claim } = contradiction;
      const { message, href, related } = this.#explanation(contradiction);
      findings.push({
        start: range.start,
        end: range.end,
        proseStart: claim.start,
        proseEnd: claim.end,
        message: `${message} Read as: ${describeReading(contradiction, this.#lexicon, analysis.prose.text)}.`,
        ...(href && { href }),
        related,
        references: contradiction.relation.refs,
        fixes: mechanismFixes(contradiction, analysis, source, this.#lexicon.verbs, this.#relations.predicates),
        fixContext: this.#fixContext(contradiction, analysis),
      });
    }
    return findings;
  }

  /**
   * What a finding says, links and points at: the same for every claim that contradicts one relation in one
   * way with one subject, so made once (a manuscript repeats its claims).
   */
  #explanation(contradiction: Contradiction): Explanation {
    const { relation, kind } = contradiction;
    let byRelation = this.#explanations.get(relation);
    if (!byRelation) this.#explanations.set(relation, (byRelation = new Map()));
    const key = `${kind}\u0000${contradiction.subject.id}`;
    let explanation = byRelation.get(key);
    if (!explanation) {
      const [first] = citedReferences(relation.refs, this.#lexicon);
      const related: { location: SourceLocation; message: string }[] = [];
      if (relation.relation) related.push({ location: relation.relation.source, message: 'The curated relation' });
      const subjectEntry = this.#lexicon.entries.get(contradiction.subject.id);
      if (subjectEntry) related.push({ location: subjectEntry.source, message: `Lexicon entry: ${subjectEntry.label}` });
      explanation = {
        message: `${PREFIX[kind]}${relation.text.replace(/\.$/, '')}${this.#citation(relation.refs)}.`,
        href: first && referenceUrl(first),
        related,
      };
      byRelation.set(key, explanation);
    }
    return explanation;
  }

  provideDiagnostics(analysis: Analysis, options: DiagnosticOptions): BiolexDiagnostic[] {
    if (analysis.skipped) return [];
    const findings = this.#rawFindings(analysis);
    if (findings.length === 0) return [];
    const { lines, disabled } = this.#layout(analysis);
    const diagnostics: BiolexDiagnostic[] = [];
    for (const finding of findings) {
      const line = lines.lineOf(finding.start);
      if (disabled.has(line)) continue;
      const lineStart = lines.lineStart(line);
      const indent = /^[ \t]*/.exec(analysis.source.slice(lineStart, lineStart + 200))![0];
      const disables: QuickFix[] = [
        {
          title: 'Disable BioLex for this line',
          edits: [{ start: lineStart, end: lineStart, newText: `${indent}${disableNextLineComment(analysis.markup)}\n` }],
          preferred: false,
        },
        {
          title: 'Disable BioLex for this document',
          edits: [{ start: 0, end: 0, newText: `${disableDocumentComment(analysis.markup)}\n` }],
          preferred: false,
        },
      ];
      // The fixes are read again only when asked for (see fixCheck.ts): a getter, not a field.
      const checkedFixes = (): readonly QuickFix[] => [...this.#checkedFixes(finding), ...disables];
      diagnostics.push({
        start: finding.start,
        end: finding.end,
        severity: options.severity,
        code: MECHANISM_CONTRADICTION,
        message: finding.message,
        ...(finding.href && { href: finding.href }),
        related: finding.related,
        references: finding.references,
        get fixes() {
          return checkedFixes();
        },
      });
    }
    return diagnostics;
  }

  /**
   * The document's line index, and the lines its inline directives turn off (found at once in a text without
   * them). After an edit within lines (the only kind re-read block by block) the index follows from the previous
   * version's without reading it all.
   */
  #layout(analysis: Analysis): { lines: LineIndex; disabled: DisabledLines } {
    const last = this.#layouts.get(analysis.uri);
    if (last?.analysis === analysis) return last;
    const edit = analysis.edit;
    const lines =
      edit && last && last.analysis.version === edit.previousVersion
        ? last.lines.replaced(analysis.source, edit.start, edit.oldEnd, edit.newEnd)
        : new LineIndex(analysis.source);
    const layout = { analysis, lines, disabled: findDisabledLines(analysis.source, analysis.markup, (offset) => lines.lineOf(offset)) };
    this.#layouts.set(analysis.uri, layout);
    return layout;
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.#layouts.delete(uri);
    this.#last.delete(uri);
    this.#readings.delete(uri);
  }

  /** " [28–30]" in the numbering of the source review (see citations.ts). */
  #citation(refs: readonly string[]): string {
    const numbers = citationNumbers(refs, this.#lexicon);
    return numbers === '' ? '' : ` [${numbers}]`;
  }

  /** The claim's sentence and the one before, in source: what a fix of it is read again with. */
  #fixContext(contradiction: Contradiction, analysis: Analysis): FixContext {
    const span = contradiction.sentence ?? { from: contradiction.claim.start, end: contradiction.claim.end };
    const range = toSourceRange(analysis.prose, span.from, span.end);
    // A place is fixed by naming the curated one, which the fixed sentence must then state.
    const object = contradiction.kind === 'location' ? contradiction.relation.object : contradiction.object.id;
    return { text: analysis.source.slice(range.start, range.end), start: range.start, markup: analysis.markup, subject: contradiction.subject.id, object };
  }

  /** The finding's fixes that write a right sentence, checked once per finding. */
  #checkedFixes(finding: Finding): readonly QuickFix[] {
    let checked = this.#fixesChecked.get(finding);
    if (!checked) {
      const reader = this.#fixReader;
      checked = reader ? finding.fixes.filter((fix) => fixStatesRelation(finding.fixContext, fix, reader)) : [];
      this.#fixesChecked.set(finding, checked);
    }
    return checked;
  }

  /** What `fixStatesRelation` needs: a fixed sentence read as a document of its own, and its pairs checked. */
  #readerOfFixes(analyze: (text: string, markup: Markup) => Analysis): FixReader {
    return {
      analyze,
      pairs: (analysis, visit) => {
        this.findContradictions(analysis, 0, analysis.prose.text.length, (claim, contradictions) => {
          for (const subject of claim.subjects) {
            for (const read of claim.objects) {
              const object = this.#relations.standsFor(read).id;
              // ("The p53-dependent decrease of SLC7A11, which…": a loss judged as what caused it.)
              visit(subject.id, object, contradictions.some((c) => (c.subject.id === subject.id || c.subject.id === subject.cause) && c.object.id === object));
            }
          }
        });
        this.forget(analysis.uri);
      },
      related: (subject, object) => this.#relations.between(subject, object).length > 0 || this.#relations.entry(subject)?.location?.value === object,
    };
  }

}

const PREFIX: Readonly<Record<Contradiction['kind'], string>> = {
  sign: 'Contradicts the curated literature: ',
  directness: 'Not a direct effect in the curated literature: ',
  transport: 'Wrong direction of transport: ',
  reaction: 'The reaction runs the other way in the curated literature: ',
  target: 'Not a target of this compound in the curated literature: ',
  definition: 'Not the same thing in the curated literature: ',
  state: 'Said of another state in the curated literature: ',
  location: 'Not where this protein works in the curated literature: ',
  differentiation: 'Not what these cells become in the curated literature: ',
  composition: 'Not what this complex is made of in the curated literature: ',
};

export function shiftParty<T extends { start: number; end: number }>(party: T, by: number): T {
  return { ...party, start: party.start + by, end: party.end + by };
}

export function shiftClaim(claim: Claim, by: number): Claim {
  const move = <T extends { start: number; end: number }>(r: T): T => ({ ...r, start: r.start + by, end: r.end + by });
  return {
    ...claim,
    subjects: claim.subjects.map(move),
    objects: claim.objects.map(move),
    start: claim.start + by,
    end: claim.end + by,
    verb: move(claim.verb),
    ...(claim.directnessWord && { directnessWord: move(claim.directnessWord) }),
    ...(claim.negation && { negation: move(claim.negation) }),
    ...(claim.preposition && { preposition: move(claim.preposition) }),
    ...(claim.direction && { direction: move(claim.direction) }),
  };
}
