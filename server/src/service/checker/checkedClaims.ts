/**
 * Every claim a document asserts, as the checker reads it, with what it contradicts and its sentence: what the
 * mechanism map draws, and, among them, the claims that agree with a curated relation outright, which
 * `uncited-claim` asks a citation for (`supportedClaims`). Found by a pass of their own over the checker's readings,
 * only for the features that ask; whether a claim agrees outright is judged once, when it is read. After an edit that re-read one block, only that block's sentences are read again
 * and the rest are shifted, as the contradictions are (diagnostics.ts): a whole pass costs about 7 ms per 64 KB.
 */
import type { Analysis } from '../analysis';
import type { Claim, ClaimParty } from '../claims';
import type { Sentence } from '../markup/sentences';
import { supportOf, type Contradiction } from './contradictions';
import { shiftClaim, shiftParty, type MechanismChecker } from './diagnostics';
import type { CuratedRelation } from './relationIndex';

/** An asserted claim (prose offsets), what it contradicts (offsets relative to its sentence), and its sentence. */
export interface CheckedClaim {
  readonly claim: Claim;
  readonly contradictions: readonly Contradiction[];
  readonly sentence: Sentence;
  /** Where it contradicts nothing and agrees with a curated relation outright: the parties and that relation. */
  readonly support?: { readonly subject: ClaimParty; readonly object: ClaimParty; readonly relation: CuratedRelation };
}

/** An asserted claim that agrees with the curated relation it rests on (prose offsets). */
export interface SupportedClaim {
  readonly claim: Claim;
  readonly sentence: Sentence;
  readonly subject: ClaimParty;
  readonly object: ClaimParty;
  readonly relation: CuratedRelation;
}

export class CheckedClaims {
  readonly #checker: MechanismChecker;
  /** The last claims found per document, for reading again only what an edit changed. */
  readonly #last = new Map<string, { analysis: Analysis; found: CheckedClaim[] }>();

  constructor(checker: MechanismChecker) {
    this.#checker = checker;
  }

  find(analysis: Analysis): readonly CheckedClaim[] {
    const last = this.#last.get(analysis.uri);
    if (last?.analysis === analysis) return last.found;
    const edit = analysis.edit;
    let found: CheckedClaim[];
    if (edit && last && last.analysis.version === edit.previousVersion) {
      const delta = edit.newProseEnd - edit.oldProseEnd;
      found = [
        ...last.found.filter((f) => f.sentence.end <= edit.proseStart),
        ...this.#findIn(analysis, edit.proseStart, edit.newProseEnd),
        ...last.found.filter((f) => f.sentence.start >= edit.oldProseEnd).map((f) => shiftChecked(f, delta)),
      ];
    } else {
      found = this.#findIn(analysis, 0, analysis.prose.text.length);
    }
    this.#last.set(analysis.uri, { analysis, found });
    return found;
  }

  /** The claims that contradict nothing and agree with a curated relation outright (see `supportOf`). */
  supported(analysis: Analysis): SupportedClaim[] {
    return this.find(analysis).flatMap(({ claim, sentence, support }) => (support ? [{ claim, sentence, ...support }] : []));
  }

  forget(uri: string): void {
    this.#last.delete(uri);
  }

  #findIn(analysis: Analysis, from: number, to: number): CheckedClaim[] {
    const found: CheckedClaim[] = [];
    const relations = this.#checker.relations;
    this.#checker.findContradictions(analysis, from, to, (claim, contradictions, sentence) => {
      // What is done to several entries at once may be done by any one of them (see `wrongForEach`).
      const support = contradictions.length === 0 && !claim.subjects.some((s) => s.together) ? supportOf(claim, relations) : undefined;
      found.push({ claim, contradictions, sentence, ...(support && { support }) });
    });
    return found;
  }
}

/** A claim moved with its sentence; its contradictions, relative to the sentence, stay as they are. */
function shiftChecked(checked: CheckedClaim, by: number): CheckedClaim {
  const { support } = checked;
  return {
    ...checked,
    claim: shiftClaim(checked.claim, by),
    sentence: { start: checked.sentence.start + by, end: checked.sentence.end + by },
    ...(support && { support: { ...support, subject: shiftParty(support.subject, by), object: shiftParty(support.object, by) } }),
  };
}

