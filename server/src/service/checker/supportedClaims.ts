/**
 * The asserted claims of a document that agree with a curated relation outright, each with that relation and its
 * sentence (see `supportOf`): what `uncited-claim` asks a citation for. Found only for documents that read a
 * bibliography, by a pass of their own over the checker's readings. After an edit that re-read one block, only
 * that block's sentences are read again and the rest are shifted, as the contradictions are (diagnostics.ts): a
 * whole pass costs about 7 ms per 64 KB, each pull.
 */
import type { Analysis } from '../analysis';
import type { Claim, ClaimParty } from '../claims';
import type { Sentence } from '../markup/sentences';
import { supportOf } from './contradictions';
import { shiftClaim, shiftParty, type MechanismChecker } from './diagnostics';
import type { CuratedRelation } from './relationIndex';

/** An asserted claim that agrees with the curated relation it rests on (prose offsets). */
export interface SupportedClaim {
  readonly claim: Claim;
  readonly sentence: Sentence;
  readonly subject: ClaimParty;
  readonly object: ClaimParty;
  readonly relation: CuratedRelation;
}

export class SupportedClaims {
  readonly #checker: MechanismChecker;
  /** The last claims found per document, for reading again only what an edit changed. */
  readonly #last = new Map<string, { analysis: Analysis; found: SupportedClaim[] }>();

  constructor(checker: MechanismChecker) {
    this.#checker = checker;
  }

  find(analysis: Analysis): SupportedClaim[] {
    const last = this.#last.get(analysis.uri);
    if (last?.analysis === analysis) return last.found;
    const edit = analysis.edit;
    let found: SupportedClaim[];
    if (edit && last && last.analysis.version === edit.previousVersion) {
      const delta = edit.newProseEnd - edit.oldProseEnd;
      found = [
        ...last.found.filter((f) => f.sentence.end <= edit.proseStart),
        ...this.#findIn(analysis, edit.proseStart, edit.newProseEnd),
        ...last.found.filter((f) => f.sentence.start >= edit.oldProseEnd).map((f) => shiftSupported(f, delta)),
      ];
    } else {
      found = this.#findIn(analysis, 0, analysis.prose.text.length);
    }
    this.#last.set(analysis.uri, { analysis, found });
    return found;
  }

  forget(uri: string): void {
    this.#last.delete(uri);
  }

  #findIn(analysis: Analysis, from: number, to: number): SupportedClaim[] {
    const found: SupportedClaim[] = [];
    const relations = this.#checker.relations;
    this.#checker.findContradictions(analysis, from, to, (claim, contradictions, sentence) => {
      // What is done to several entries at once may be done by any one of them (see `wrongForEach`).
      const support = contradictions.length === 0 && !claim.subjects.some((s) => s.together) ? supportOf(claim, relations) : undefined;
      if (support) found.push({ claim, sentence, ...support });
    });
    return found;
  }
}

function shiftSupported(supported: SupportedClaim, by: number): SupportedClaim {
  return {
    ...supported,
    claim: shiftClaim(supported.claim, by),
    sentence: { start: supported.sentence.start + by, end: supported.sentence.end + by },
    subject: shiftParty(supported.subject, by),
    object: shiftParty(supported.object, by),
  };
}
