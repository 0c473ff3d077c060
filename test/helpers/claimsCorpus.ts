/** The labelled claims corpus (test/fixtures/claims/claims.yaml) and its evaluation, shared by `npm run eval` and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { createBiolexService, MECHANISM_CONTRADICTION, type BiolexService, type BiolexServiceOptions } from '../../server/src/service';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';

export interface LabelledClaim {
  readonly id: string;
  readonly format: 'markdown' | 'latex';
  readonly text: string;
  readonly contradiction: boolean;
  /** The construction the item tests (corpus), or for blind batches the manuscript style (results, methods…). */
  readonly form: string;
  readonly note?: string;
}

/** A blind batch: sentences written from the review alone by someone who never saw the rules or the corpus. */
export interface BlindBatch {
  readonly name: string;
  readonly file: string;
  readonly claims: LabelledClaim[];
}

export interface Evaluation {
  readonly precision: number;
  readonly recall: number;
  readonly truePositives: number;
  readonly falsePositives: LabelledClaim[];
  readonly falseNegatives: LabelledClaim[];
  readonly total: number;
  readonly byForm: ReadonlyMap<string, { total: number; correct: number }>;
}

export function loadCorpus(): LabelledClaim[] {
  const file = resolve(__dirname, '../fixtures/claims/claims.yaml');
  return (parse(readFileSync(file, 'utf8')) as { claims: LabelledClaim[] }).claims;
}

export const BLIND_DIRECTORY = resolve(__dirname, '../fixtures/claims/blind');

/** Labelled items of one YAML file; blind batches label their manuscript style where the corpus names a form. */
export function loadClaimsFile(file: string): LabelledClaim[] {
  const items = (parse(readFileSync(file, 'utf8')) as { claims: (LabelledClaim & { style?: string })[] }).claims;
  return items.map((item) => ({ ...item, form: item.form ?? item.style ?? 'unlabelled' }));
}

/** Every blind batch, oldest first (files are named by the date they were written). */
export function loadBlindBatches(directory = BLIND_DIRECTORY): BlindBatch[] {
  let names: string[];
  try {
    names = readdirSync(directory).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  return names.map((n) => {
    const file = resolve(directory, n);
    return { name: basename(n, '.yaml'), file, claims: loadClaimsFile(file) };
  });
}

/**
 * The service over the shipped lexicon. A lexicon with problems (an edit that breaks the schema drops the file)
 * would score the checker on what is left of it: that is an error here, not a figure.
 */
export function curatedService(options: Omit<BiolexServiceOptions, 'lexiconFiles'> = {}): BiolexService {
  const service = createBiolexService({ ...options, lexiconFiles: readLexiconDirectory(resolve(__dirname, '../../lexicon')) });
  if (service.lexiconProblems.length > 0) {
    throw new Error(`the lexicon has problems: ${service.lexiconProblems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  }
  return service;
}

export function flags(service: BiolexService, claim: LabelledClaim): boolean {
  const document = { uri: `corpus/${claim.id}.${claim.format === 'latex' ? 'tex' : 'md'}`, languageId: claim.format, version: 1, getText: () => claim.text };
  const found = service.provideDiagnostics(document).some((d) => d.code === MECHANISM_CONTRADICTION);
  service.forget(document.uri);
  return found;
}

export function evaluate(service: BiolexService, corpus: readonly LabelledClaim[]): Evaluation {
  let truePositives = 0;
  const falsePositives: LabelledClaim[] = [];
  const falseNegatives: LabelledClaim[] = [];
  const byForm = new Map<string, { total: number; correct: number }>();
  for (const claim of corpus) {
    const flagged = flags(service, claim);
    if (flagged && claim.contradiction) truePositives++;
    if (flagged && !claim.contradiction) falsePositives.push(claim);
    if (!flagged && claim.contradiction) falseNegatives.push(claim);
    const form = byForm.get(claim.form) ?? { total: 0, correct: 0 };
    form.total++;
    if (flagged === claim.contradiction) form.correct++;
    byForm.set(claim.form, form);
  }
  const precision = truePositives + falsePositives.length === 0 ? 1 : truePositives / (truePositives + falsePositives.length);
  const recall = truePositives + falseNegatives.length === 0 ? 1 : truePositives / (truePositives + falseNegatives.length);
  return { precision, recall, truePositives, falsePositives, falseNegatives, total: corpus.length, byForm };
}
