/**
 * The subject of a table row's cell or of a note's item that opens with its verb: the row's first cell, or the
 * item's heading ("| Cisplatin | GSH | NSCLC | lowers PD-L1 expression |", "Cisplatin — lowers…").
 */
import { partyOf, type ClaimParty } from '../claim';
import { doseBefore, readPartiesLeft } from '../parties';
import type { Tokens } from '../tokens';

/** What parts the cells of a table row, or an item from what is said of it ("Cisplatin — lowers…"). */
const ROW_SEPARATORS: ReadonlySet<string> = new Set(['|', '&', '—', ':']);

function closingParenthesis(tokens: Tokens, open: number): number {
  for (let k = open + 1; k < tokens.length && k < open + 16; k++) if (tokens.lower(k) === ')') return k;
  return -1;
}

/**
 * "| Cisplatin | GSH | NSCLC | lowers PD-L1 expression |", "Lenvatinib & NRF2 & HCC & increases…": a cell of a
 * table row that opens with its verb takes its subject from the row's first cell.
 */
export function rowSubject(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const separator = tokens.lower(at);
  // "Artesunate — hepatoma; dampens…": a field between the item's heading and what the item does.
  if (separator === ';') return fieldBefore(tokens, at);
  if (tokens.kind(at) !== 'punct' || !ROW_SEPARATORS.has(separator!)) return undefined;
  const k = tokens.lower(0) === separator ? 1 : 0;
  const first = tokens.at(k);
  if (first?.kind !== 'entity') return undefined;
  // The first cell is the entry alone, or with a note in parentheses: "Cisplatin (target: GSH) — lowers…".
  const close = tokens.lower(k + 1) === '(' ? closingParenthesis(tokens, k + 1) : k;
  if (close >= 0 && (tokens.lower(close + 1) === separator || close + 1 === at)) return [partyOf(first)];
  // "Liraglutide 1.8 mg qd — raises…": or with its dose.
  if (doseBefore(tokens, at - 1) === k + 1) return [partyOf(first)];
  // …or with what was done to it: "| RRM2 knockdown | … |".
  let end = k + 1;
  while (end < at && end <= k + 4 && tokens.lower(end) !== separator) end++;
  if (tokens.lower(end) !== separator) return undefined;
  const parties = readPartiesLeft(tokens, end - 1);
  return parties?.length === 1 && tokens.indexStartingAt(parties[0]!.start) === k ? parties : undefined;
}

/** The entry heading an item ("Artesunate — hepatoma; …") whose one field ends at the semicolon `at`. */
function fieldBefore(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const k = tokens.lower(0) === '|' ? 1 : 0;
  const first = tokens.at(k);
  if (first?.kind !== 'entity' || !/^[—–:]$/.test(tokens.lower(k + 1) ?? '') || at - k > 8) return undefined;
  for (let j = k + 2; j < at; j++) if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '-') return undefined;
  return [partyOf(first)];
}
