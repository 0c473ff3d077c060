/**
 * The quick fixes of a mechanism contradiction: the smallest edit of the writer's own words that states the
 * curated relation instead (a verb, a negation, a direction, a state, a place). Whether a fix really reads
 * right is checked afterwards, by reading the fixed sentence again (fixCheck.ts).
 */
import type { Analysis } from '../analysis';
import { toSourceRange } from '../markup/prose';
import { isPlaceAdjective, oppositeState, placeAdjective, placeName } from '../claims';
import { fixVerb, type Contradiction } from './contradictions';
import type { RelationIndex } from './relationIndex';
import type { Lexicon } from '../lexicon/lexicon';

export interface TextEdit {
  /** Source offsets. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Text to add at the end of another file (a BibTeX entry to a .bib): `file` is the id its reader gave it. */
export interface FileAppend {
  readonly file: string;
  readonly text: string;
}

export interface QuickFix {
  readonly title: string;
  /** Edits of the document itself. */
  readonly edits: readonly TextEdit[];
  readonly preferred: boolean;
  readonly appends?: readonly FileAppend[];
}

export function mechanismFixes(contradiction: Contradiction, analysis: Analysis, source: string, verbs: Lexicon['verbs'], predicates: RelationIndex['predicates']): QuickFix[] {
  const fixes: QuickFix[] = [];
  const { claim, kind } = contradiction;
  // The state named is wrong, not the verb (so are the cells reached and the parts of a complex); "binds" has no
  // verb of the curated relation's kind to swap in: no word of the sentence can be swapped safely.
  if (kind === 'state' || kind === 'differentiation' || kind === 'composition' || claim.effect === 'binds') return fixes;
  const map = (start: number, end: number): { start: number; end: number } => toSourceRange(analysis.prose, start, end);
  if (claim.effect === 'kind-of') {
    // "is a caspase-dependent subtype of apoptosis" → "is distinct from apoptosis": from the article to the object.
    const article = /\b(?:an?)\s[^,;:.()]*$/i.exec(analysis.prose.text.slice(Math.max(0, claim.verb.start - 80), claim.verb.start));
    if (!article || claim.negated) return fixes;
    const range = map(claim.verb.start - article[0].length, contradiction.object.start);
    fixes.push({ title: `Replace "${source.slice(range.start, range.end).trim()}" with "distinct from"`, edits: [{ ...range, newText: 'distinct from ' }], preferred: true });
    return fixes;
  }
  if (kind === 'location') {
    // "anchored to the inner mitochondrial membrane" → "anchored to the plasma membrane"
    const range = map(contradiction.object.start, contradiction.object.end);
    const original = source.slice(range.start, range.end);
    // "a mitochondrial reductase" → "a plasma-membrane reductase": an adjective for an adjective.
    const place = isPlaceAdjective(original) ? placeAdjective(contradiction.relation.object) : placeName(contradiction.relation.object);
    if (claim.negated || !place) return fixes;
    fixes.push({ title: `Replace "${original}" with "${place}"`, edits: [{ ...range, newText: place }, ...articleFor(source, range.start, place)], preferred: true });
    return fixes;
  }
  if (kind === 'directness' && claim.directnessWord) {
    const word = map(claim.directnessWord.start, claim.directnessWord.end);
    const original = source.slice(word.start, word.end);
    const replacement = matchCase(original, claim.directness === 'direct' ? original.toLowerCase().replace(/^direct/, 'indirect') : original.toLowerCase().replace(/^indirect/, 'direct'));
    fixes.push({ title: `Replace "${original}" with "${replacement}"`, edits: [{ ...word, newText: replacement }], preferred: true });
  } else if (claim.negated && claim.negation && typeof claim.verb.slot === 'number') {
    // "does not suppress" → "suppresses": the curated relation holds, so the negation goes.
    const span = map(claim.negation.start, claim.verb.end);
    const auxiliary = source.slice(span.start, span.end).toLowerCase();
    const slot = /^does(?:n['’]t)?\b/.test(auxiliary) ? 1 : /^did(?:n['’]t)?\b/.test(auxiliary) ? 2 : /^do(?:n['’]t)?\b/.test(auxiliary) ? 0 : undefined;
    if (slot !== undefined) {
      const replacement = claim.verb.verb.forms[slot];
      fixes.push({ title: `Replace "${source.slice(span.start, span.end)}" with "${replacement}"`, edits: [{ ...span, newText: replacement }], preferred: true });
    }
  } else if (!claim.negated && claim.direction) {
    // "transports iron into the cell" → "out of the cell": the verb is right, its direction is not. "imports
    // iron into the cell" → "exports iron out of the cell": a verb with a direction of its own turns too.
    const { reversed, ofVerb } = claim.direction;
    const replacement = ofVerb ? fixVerb(contradiction, verbs, predicates) : undefined;
    if (reversed && (!ofVerb || replacement)) {
      const span = map(claim.direction.start, claim.direction.end);
      const original = source.slice(span.start, span.end);
      const edits: TextEdit[] = [];
      let title = `Replace "${original}" with "${matchCase(original, reversed)}"`;
      if (replacement) {
        const verb = map(claim.verb.start, claim.verb.end);
        const verbText = source.slice(verb.start, verb.end);
        edits.push({ ...verb, newText: matchCase(verbText, replacement.verb) });
        title = `Replace "${verbText}" with "${matchCase(verbText, replacement.verb)}" and "${original}" with "${reversed}"`;
      }
      edits.push({ ...span, newText: matchCase(original, reversed) });
      fixes.push({ title, edits, preferred: true });
    }
  } else if (!claim.negated && claim.verb.slot === 'state') {
    // "ACSL4-knockout cells were more sensitive to ferroptosis" → "resistant": the adjective carries the sign.
    const word = map(claim.verb.start, claim.verb.end);
    const original = source.slice(word.start, word.end);
    const opposite = kind === 'sign' ? oppositeState(original.toLowerCase()) : undefined;
    if (opposite) {
      const replacement = matchCase(original, opposite);
      fixes.push({ title: `Replace "${original}" with "${replacement}"`, edits: [{ ...word, newText: replacement }], preferred: true });
    }
  } else if (!claim.negated) {
    const replacement = fixVerb(contradiction, verbs, predicates);
    if (replacement) {
      const verb = map(claim.verb.start, claim.verb.end);
      const original = source.slice(verb.start, verb.end);
      const edits: TextEdit[] = [{ ...verb, newText: matchCase(original, replacement.verb) }];
      let title = `Replace "${original}" with "${matchCase(original, replacement.verb)}"`;
      if (replacement.preposition && claim.preposition) {
        const preposition = map(claim.preposition.start, claim.preposition.end);
        const originalPreposition = source.slice(preposition.start, preposition.end);
        if (originalPreposition.toLowerCase() !== replacement.preposition) {
          edits.push({ ...preposition, newText: replacement.preposition });
          title = `Replace "${source.slice(verb.start, preposition.end)}" with "${matchCase(original, replacement.verb)}${source.slice(verb.end, preposition.start)}${replacement.preposition}"`;
        }
      }
      if (original.toLowerCase() !== replacement.verb) fixes.push({ title, edits, preferred: true });
    }
  }
  return fixes;
}
function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The edit that makes the article before `at` ("a", "an") fit the word written there instead, if it needs one. */
function articleFor(source: string, at: number, word: string): TextEdit[] {
  const before = /\b(an?)\s+$/i.exec(source.slice(Math.max(0, at - 5), at));
  if (!before) return [];
  const wanted = /^(?:[aeio]|u(?!ni)|ER\b)/i.test(word) ? 'an' : 'a';
  if (before[1]!.toLowerCase() === wanted) return [];
  const start = at - before[0].length;
  return [{ start, end: start + before[1]!.length, newText: before[1]![0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted }];
}
