/**
 * Markdown built from lexicon text must render that text literally: no links, HTML or command URIs from data. The
 * colon and the at sign are escaped too, so that no renderer turns a bare "https://…", "mailto:…" or an address
 * into a link (autolinks need them unbroken in the source).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$:@]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** A link whose target we build ourselves from a validated identifier; only http(s) targets are produced. */
export function markdownLink(label: string, url: string): string {
  if (!/^https:\/\/[^\s()<>]+$/.test(url)) return escapeMarkdown(label);
  // Inside a link's text nothing autolinks: a colon stays as it is ("HGNC:4556", "doi:10.1016/…").
  return `[${escapeMarkdown(label).replace(/\\([:@])/g, '$1')}](${url})`;
}
