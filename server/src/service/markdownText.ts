/** Markdown built from lexicon text must render that text literally: no links, HTML or command URIs from data. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** A link whose target we build ourselves from a validated identifier; only http(s) targets are produced. */
export function markdownLink(label: string, url: string): string {
  if (!/^https:\/\/[^\s()<>]+$/.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${url})`;
}
