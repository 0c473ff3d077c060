import { greekLetter } from './math';

const NAMED: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', minus: '−', plus: '+', hellip: '…', times: '×', deg: '°', micro: 'µ',
  plusmn: '±', middot: '·', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sup2: '²', sup3: '³', sup1: '¹',
}));

/** Decodes the name of an HTML character reference (without & and ;), or returns undefined if unknown. */
export function decodeHtmlEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  }
  return NAMED.get(name) ?? greekLetter(name);
}
