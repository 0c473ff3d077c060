/**
 * The source review as a Markdown document, for tests that run BioLex over it. The review is plain text with
 * Markdown-like emphasis and links; only its front matter (the journal's boxes before the title) and its
 * reference list are set apart, so that tests can read its body alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REVIEW_PATH = resolve(__dirname, '../../../shared/review/ferroptosis-tumor-immunotherapy-review.txt');

/** Why a test of the review is skipped where the review is not beside the checkout (it is shared, not in the repository). */
export const NO_REVIEW = `${REVIEW_PATH} is missing: the review (CC BY 4.0) is shared beside the checkout, in ../shared/review/, not kept in the repository`;

export interface ReviewMarkdown {
  /** The whole review as Markdown. */
  readonly markdown: string;
  /** The body: from the title to the end of the conclusion, without the reference list. */
  readonly body: string;
}

/** Returns undefined where shared/ is not beside the checkout (a contributor's clone). */
export function reviewAsMarkdown(): ReviewMarkdown | undefined {
  if (!existsSync(REVIEW_PATH)) return undefined;
  const text = readFileSync(REVIEW_PATH, 'utf8');
  const title = text.indexOf('Ferroptosis: a novel perspective on tumor immunotherapy\n\nYuan Xu');
  const references = text.lastIndexOf('\nReferences\n');
  const headings = (s: string): string => s.replace(/^(\d+(?:\.\d+)*) ([A-Z].*)$/gm, (_, n: string, h: string) => `${'#'.repeat(n.split('.').length + 1)} ${n} ${h}`);
  const bodyText = text.slice(title < 0 ? 0 : title, references < 0 ? text.length : references);
  const body = `# ${headings(bodyText).trimStart()}`;
  const markdown = `${body}\n\n## References\n${references < 0 ? '' : text.slice(references + 12)}`;
  return { markdown, body };
}
