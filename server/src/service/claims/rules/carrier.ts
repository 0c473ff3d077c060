/**
 * An entry named as the carrier of a transport: "ferroportin (FPN), the transporter responsible for uptake of iron
 * into the cell,", "Ferroportin = the main iron uptake route", "FPN1, the principal transporter for iron import".
 * The action noun ("uptake", "import", "efflux") gives the direction, as its verb would.
 */
import type { VerbClass } from '../../lexicon/lexicon';
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { BE } from '../vocabulary';
import { namedBefore } from './agent';

/** Nouns for what a transport goes through. */
const CARRIERS = new Set(['transporter', 'route', 'carrier', 'channel', 'gateway', 'conduit', 'pathway', 'pump', 'door', 'doorway', 'portal']);
/** Words of rank before the carrier: "the principal transporter". */
const RANK = /^(principal|main|major|primary|chief|key|only|sole|dominant|predominant|central|essential|physiological|canonical)$/;
/** Words that link an entry to what it is: "is", "serves as", "acts as", "=". */
const LINKS = /^(is|are|was|were|remains|serves|serve|served|serving|acts|act|acted|acting|functions|function|functioning|as|=)$/;

/** The claim of the action noun at `v` ("uptake", "import") when a carrier noun before it names who carries. */
export function readCarrierClaim(tokens: Tokens, v: number, verb: VerbClass): Claim | undefined {
  if (verb.effect !== 'import' && verb.effect !== 'export') return undefined;
  // "for iron import" (the object before the noun) or "for uptake of iron" (after "of").
  let p: number;
  let object: { parties: Claim['objects']; end: number } | undefined;
  if (tokens.kind(v - 1) === 'entity' && tokens.lower(v + 1) !== 'of') {
    object = { parties: [partyOf(tokens.at(v - 1)!)], end: v };
    p = v - 2;
  } else if (tokens.lower(v + 1) === 'of') {
    const read = readPartiesRight(tokens, v + 2);
    object = read && { parties: read.parties, end: read.end };
    p = v - 1;
  } else return undefined;
  if (!object || object.parties.length !== 1) return undefined;
  // "the main iron uptake route": the carrier after the action noun.
  let carrier = -1;
  if (CARRIERS.has(tokens.lower(v + 1) ?? '') && tokens.kind(v - 1) === 'entity') {
    carrier = v + 1;
    p = v - 2;
  } else {
    if (/^(the|a|an)$/.test(tokens.lower(p) ?? '')) p--;
    if (!/^(for|of)$/.test(tokens.lower(p) ?? '')) return undefined;
    carrier = tokens.lower(p - 1) === 'responsible' ? p - 2 : p - 1;
    if (!CARRIERS.has(tokens.lower(carrier) ?? '')) return undefined;
    p = carrier - 1;
  }
  while (p >= 0 && RANK.test(tokens.lower(p) ?? '')) p--;
  if (!/^(the|a|an)$/.test(tokens.lower(p) ?? '')) return undefined;
  const subject = carrierOwner(tokens, p - 1);
  if (subject < 0) return undefined;
  const entity = tokens.at(subject)!;
  const last = Math.max(object.end, carrier);
  return newClaim({
    subjects: [partyOf(entity)],
    objects: object.parties,
    effect: verb.effect,
    negated: false,
    form: ClaimForm.Agent,
    start: entity.start,
    end: tokens.at(last)!.end,
    verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'action' },
  });
}

/**
 * The entry the carrier phrase is said of, left of its article at `at + 1`: set off by a comma ("ferroportin
 * (FPN), the…") or linked by a copula ("ferroportin serves as the…", "FPN = the…"); -1 if none.
 */
function carrierOwner(tokens: Tokens, at: number): number {
  let k = at;
  if (tokens.lower(k) !== ',') {
    const from = k;
    while (k >= 0 && tokens.kind(k) !== 'entity' && (LINKS.test(tokens.lower(k)!) || BE.has(tokens.lower(k)!))) k--;
    if (k === from) return -1;
  }
  const named = namedBefore(tokens, tokens.lower(k) === ',' ? k - 1 : k);
  return tokens.kind(named) === 'entity' ? named : -1;
}
