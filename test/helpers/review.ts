/**
 * The source review as a Markdown document, for tests that run BioLex over it. The review is plain text with
 * Markdown-like emphasis and links; only its front matter (the journal's boxes before the title) and its
 * reference list are set apart, so that tests can read its body alone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The review, kept with the tests (test/fixtures/review/NOTICE.md says why and under which licence). */
export const REVIEW_PATH = resolve(__dirname, '../fixtures/review/ferroptosis-tumor-immunotherapy-review.txt');

/** The shared copy beside the checkout, which the kept one must match where it is present. */
export const SHARED_REVIEW_PATH = resolve(__dirname, '../../../shared/review/ferroptosis-tumor-immunotherapy-review.txt');

export interface ReviewMarkdown {
  /** The whole review as Markdown. */
  readonly markdown: string;
  /** The body: from the title to the end of the conclusion, without the reference list. */
  readonly body: string;
}

export function reviewAsMarkdown(): ReviewMarkdown {
  const text = readFileSync(REVIEW_PATH, 'utf8');
  const title = text.indexOf('Ferroptosis: a novel perspective on tumor immunotherapy\n\nYuan Xu');
  const references = text.lastIndexOf('\nReferences\n');
  const headings = (s: string): string => s.replace(/^(\d+(?:\.\d+)*) ([A-Z].*)$/gm, (_, n: string, h: string) => `${'#'.repeat(n.split('.').length + 1)} ${n} ${h}`);
  const bodyText = text.slice(title < 0 ? 0 : title, references < 0 ? text.length : references);
  const body = `# ${headings(bodyText).trimStart()}`;
  const markdown = `${body}\n\n## References\n${references < 0 ? '' : text.slice(references + 12)}`;
  return { markdown, body };
}
