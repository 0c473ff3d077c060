/**
 * The antecedent of a relative clause or an apposition: "ACSL4, which promotes ferroptosis", "erastin, a system Xc⁻
 * inhibitor that…", "GPX4 is the enzyme that…", "(which binds GPX4 directly)".
 */
import { partyOf, type ClaimParty } from './claim';
import { openingAgentPhrase, skipLeftModifiers } from './asides';
import { manipulatedIn } from './holders';
import { PREVIOUS_SUBJECT, entryBeforeAside, openingParenthesis, readPartiesLeft } from './parties';
import { Tokens } from './tokens';
import { cleftFocus, objectOfParticipleClause, pluralReferent } from './referents';
import { APPOSITION_STARTS, AUXILIARIES, BE, CLAUSE_INTRODUCERS, OTHER_FINITE_VERBS, REFERRING_NOUNS, SUBJECT_PRONOUNS, isAdverb, isReferringNoun } from './vocabulary';

/** Verbs that, before "as a", make what follows a name for the subject: "described as", "serves as", "acts as". */
const AS_A_VERBS = /^(regarded|presented|introduced|billed|touted|classified|classed|viewed|seen|portrayed|depicted|cast|acts?|acted|acting|serves?|served|serving|functions?|functioned|behaves?|behaved|works?|worked|used|employed|included|chosen|selected)$/;

/**
 * "ACSL4, which promotes ferroptosis" and "erastin, a system Xc⁻ inhibitor, induces…": the agent stands
 * before a comma that opens a relative clause or an apposition.
 */
export function relativeAntecedent(tokens: Tokens, at: number): ClaimParty[] | undefined {
  let i = at;
  // "It is the selenium–GPX4 axis that pushes…", "it was ferroportin that exported…": a cleft's focus.
  const focus = tokens.lower(i) === 'that' ? cleftFocus(tokens, i - 1) : -1;
  if (focus >= 0) return readPartiesLeft(tokens, focus);
  if (tokens.at(i) && CLAUSE_INTRODUCERS.has(tokens.at(i)!.lower)) {
    const plural = pluralReferent(tokens, i - 1);
    if (plural) return plural;
    const expected = expectedOfKind(tokens, i);
    if (expected) return expected;
    // "a lipoxygenase inhibitor that promotes…": a class named by what it does to an entry.
    if (tokens.lower(i) === 'that' && /^(inhibitors?|blockers?|antagonists?)$/.test(tokens.lower(i - 1) ?? '') && tokens.kind(i - 2) === 'entity') return readPartiesLeft(tokens, i - 1, true);
    // "erastin (which binds GPX4 directly)": a relative clause in parentheses.
    // "TYRO3 inhibition (which shuts down…)": with what befell the entry, too.
    if (tokens.at(i - 1)?.lower === '(' && tokens.lower(i) === 'which' && (tokens.kind(i - 2) === 'entity' || tokens.kind(i - 3) === 'entity')) return readPartiesLeft(tokens, i - 2, true);
    if (tokens.at(i - 1)?.lower === ',') {
      // "we knock down NCOA4, which normally shields ferritin…": what the entry does when left alone, not what its
      // loss did.
      if (tokens.kind(i - 2) === 'entity' && /^(normally|ordinarily|usually|physiologically)$/.test(tokens.lower(i + 1) ?? '')) return [partyOf(tokens.at(i - 2)!)];
      if (eventBeforeWhich(tokens, i - 2)) return undefined;
      // "In the absence of p53, which normally drives…": the clause is about the entry, not its absence.
      if (tokens.kind(i - 2) === 'entity' && tokens.lower(i - 3) === 'of' && /^(absence|lack)$/.test(tokens.lower(i - 4) ?? '')) return [partyOf(tokens.at(i - 2)!)];
      return readPartiesLeft(tokens, i - 2, true) ?? agentOfPhrase(tokens, i - 2) ?? beforeParenthesis(tokens, i - 2) ?? beforeAttribution(tokens, i - 2);
    }
    // "erastin and sulfasalazine, both of which work by…" (or set off by a dash or a parenthesis).
    if (tokens.lower(i) === 'which' && tokens.lower(i - 1) === 'of' && /^(both|all|each|either|neither|one|some|many|most)$/.test(tokens.lower(i - 2) ?? '') && /^[,(—–-]$/.test(tokens.lower(i - 3) ?? '')) {
      // ("erastin (10 µM) and RSL3 (1 µM), both of which…": past a dose after the last.)
      const last = skipLeftModifiers(tokens, i - 4, { negated: false });
      return last >= 0 ? readPartiesLeft(tokens, last, true) : undefined;
    }
    // "…lipid peroxidation and ferroptosis which, however, could not be reversed": no comma before "which".
    // "a lipoxygenase inhibitor that promotes…": an entry with its article, then "that".
    if (tokens.kind(i - 1) === 'entity' && (tokens.lower(i) === 'which' || (tokens.lower(i) === 'that' && /^(a|an)$/.test(tokens.lower(i - 2) ?? '')))) return readPartiesLeft(tokens, i - 1, true);
    // "DHODH reduces CoQ10 in the inner membrane, a reaction that lowers…": an apposition that names an event
    // stands for what the clause before it did.
    if (EVENT_NOUNS.test(tokens.lower(i - 1) ?? '') && /^(a|an)$/.test(tokens.lower(i - 2) ?? '') && tokens.lower(i - 3) === ',') return clauseDoer(tokens, i - 4);
    // "erastin, a compound that inhibits…": an apposition of a few words between the comma and the clause;
    // "ferroptosis is a form of cell death that depends on…": a definition, the clause about its subject.
    let entities = false;
    for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
      if (tokens.at(k)!.kind === 'word' || tokens.lower(k) === '-') {
        // "GPX4 is the enzyme that…" too.
        if (BE.has(tokens.lower(k)!) && /^(a|an|the)$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k - 1) === 'entity') return readPartiesLeft(tokens, k - 1);
        // "Ferroportin (FPN), found on macrophages, is the main importer that…": past an aside after the entry.
        if (BE.has(tokens.lower(k)!) && /^(a|an|the)$/.test(tokens.lower(k + 1) ?? '') && tokens.lower(k - 1) === ',') {
          const entry = skipLeftModifiers(tokens, k - 1, { negated: false });
          if (tokens.kind(entry) === 'entity') return readPartiesLeft(tokens, entry);
        }
        // "LOX inhibitors are pro-oxidant agents that…": a plural class, with no article.
        if (/^(are|were)$/.test(tokens.lower(k)!) && tokens.kind(k - 1) === 'entity' && k < i - 1) return readPartiesLeft(tokens, k - 1);
        // "It is an enzyme that…" opening an answer: the subject of the sentence before, which the checker resolves.
        if (BE.has(tokens.lower(k)!) && /^(a|an)$/.test(tokens.lower(k + 1) ?? '') && k === 1 && SUBJECT_PRONOUNS.has(tokens.lower(0) ?? '')) {
          return [{ id: PREVIOUS_SUBJECT, inverted: false, start: tokens.at(0)!.start, end: tokens.at(0)!.end }];
        }
        // "system Xc⁻ was described as (reviews described system Xc⁻ as) an exporter that extrudes…", "labile iron
        // effectively serves as a sink that lowers…"
        // "The system Xc⁻ it works as antiporter which exports…": no article, and the subject repeated.
        // "LOX inhibitors act as pro-oxidants that amplify…": a plural needs no article either.
        if (tokens.lower(k) === 'as' && (/^(a|an)$/.test(tokens.lower(k + 1) ?? '') || REFERRING_NOUNS.has(tokens.lower(k + 1) ?? '') || (k >= i - 5 && /s$/.test(tokens.lower(i - 1) ?? '')))) {
          let e = k - 1;
          while (e >= 0 && e > k - 4 && tokens.kind(e) === 'word' && (AUXILIARIES.has(tokens.lower(e)!) || isAdverb(tokens.lower(e)!) || AS_A_VERBS.test(tokens.lower(e)!) || (SUBJECT_PRONOUNS.has(tokens.lower(e)!) && tokens.kind(e - 1) === 'entity'))) e--;
          // "described dihydroorotate dehydrogenase (DHODH) as an enzyme that…": the short form after the name;
          // "Sorafenib (5 µM) was included as an agent that…": a dose.
          if (tokens.lower(e) === ')' && tokens.kind(e - 1) === 'entity') e = openingParenthesis(tokens, e) - 1;
          else if (entryBeforeAside(tokens, e) >= 0) e = entryBeforeAside(tokens, e);
          if (tokens.kind(e) === 'entity') return readPartiesLeft(tokens, e);
        }
        continue;
      }
      // "system Xc⁻, a heterodimer of SLC7A11 and SLC3A2 that exports…": entries inside the apposition name its parts.
      // "system Xc⁻, the SLC7A11/SLC3A2 heterodimer that…": parts named with a slash.
      if (tokens.kind(k) === 'entity' || (tokens.lower(k) === '/' && tokens.kind(k - 1) === 'entity' && tokens.kind(k + 1) === 'entity')) {
        entities = true;
        continue;
      }
      // Up to five words of apposition: "RSL3, a class I inducer that…"; a hyphen joins two into one ("a GLP-1
      // receptor agonist that…").
      let hyphens = 0;
      for (let h = k + 1; h < i; h++) if (tokens.lower(h) === '-') hyphens++;
      const short = k >= i - 6 - 2 * hyphens || (entities && /^(a|an)$/.test(tokens.lower(k + 1) ?? ''));
      // "**eNVs-FAP** — engineered nanovesicles that promote…": a glossary's term, then a dash or a colon.
      if (/^[—–:]$/.test(tokens.lower(k) ?? '') && tokens.kind(k - 1) === 'entity' && (k === 1 || /^[|.;]$/.test(tokens.lower(k - 2) ?? ''))) return readPartiesLeft(tokens, k - 1, true);
      // "eNVs-FAP, engineered exosome-like nanovesicles that…": a plural apposition needs no article.
      const plural = /s$/.test(tokens.lower(i - 1) ?? '') && isReferringNoun(tokens.lower(i - 1) ?? '');
      // "ACSL4 (a phospholipase that releases…)": the apposition in parentheses, after the entry.
      if (tokens.lower(k) === '(' && short && /^(a|an)$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k - 1) === 'entity') return readPartiesLeft(tokens, k - 1, true);
      return tokens.at(k)!.lower === ',' && short && (APPOSITION_STARTS.has(tokens.at(k + 1)!.lower) || plural) ? describedEntry(tokens, k - 1) : undefined;
    }
    return undefined;
  }
  if (tokens.at(i)?.lower !== ',') return undefined;
  // Find the comma that opens the inserted phrase.
  for (i = at - 1; i > 0; i--) {
    const t = tokens.at(i)!;
    if (t.lower === ';' || t.lower === '.') return undefined;
    if (t.lower === ',' && APPOSITION_STARTS.has(tokens.at(i + 1)?.lower ?? '')) return readPartiesLeft(tokens, i - 1);
  }
  return undefined;
}

/**
 * "system Xc⁻ (SLC7A11/SLC3A2), which exports…", "erastin (10 µM, 24 h), which…": the entry before a short
 * parenthesis that names its parts, a short form, its other names or an amount. A parenthesis with a verb is a clause of its own.
 */
function beforeParenthesis(tokens: Tokens, close: number): ClaimParty[] | undefined {
  if (tokens.lower(close) !== ')') return undefined;
  for (let k = close - 1; k >= 0 && k >= close - 8; k--) {
    const word = tokens.lower(k)!;
    if (word === '(') return tokens.kind(k - 1) === 'entity' ? readPartiesLeft(tokens, k - 1, true) : undefined;
    // "ferroportin (FPN1, SLC40A1), which…", "sorafenib (10 µM, 24 h), which…": other names, or amounts and times,
    // decimal points too ("RSL3 (0.5 µM)").
    if (word === '.' && /^\d/.test(tokens.lower(k - 1) ?? '') && /^\d/.test(tokens.lower(k + 1) ?? '')) continue;
    if (/^[).]$/.test(word) || (tokens.kind(k) === 'word' && (BE.has(word) || AUXILIARIES.has(word) || OTHER_FINITE_VERBS.has(word)))) return undefined;
  }
  return undefined;
}

/** "the eNVs-FAP nanovesicles of Hu et al., which…": the entry before the authors it is credited to. */
function beforeAttribution(tokens: Tokens, end: number): ClaimParty[] | undefined {
  let k = tokens.lower(end) === '.' ? end - 1 : end;
  if (tokens.lower(k) !== 'al' || tokens.lower(k - 1) !== 'et' || tokens.kind(k - 2) !== 'word') return undefined;
  k -= 3;
  return /^(of|from|by)$/.test(tokens.lower(k) ?? '') ? readPartiesLeft(tokens, k - 1, true) : undefined;
}

/**
 * The antecedent of an apposition's clause, "blockade of system Xc⁻, the antiporter that imports…": the
 * apposition names what the entry is, so its clause is about the entry, not about the blockade before it. A
 * modifier after the entry ("ACSL4 knockout, a change that…") is what the apposition names, and stays.
 */
function describedEntry(tokens: Tokens, end: number): ClaimParty[] | undefined {
  const parties = readPartiesLeft(tokens, end, true);
  // "inhibition of glutathione peroxidase 4 (GPX4), the selenoenzyme that…": the name before its short form.
  const named = tokens.lower(end) === ')' && tokens.lower(end - 2) === '(' && tokens.kind(end - 1) === 'entity' ? end - 3 : end;
  if (!parties || tokens.kind(named) !== 'entity') return parties;
  const entry = tokens.at(named)!;
  return parties.map((party) => (party.inverted && party.end === entry.end && party.start < entry.start ? { ...party, inverted: false, start: entry.start } : party));
}

/**
 * Whether ", which" after `end` refers to an action rather than to the entry there: "(it acts) by blocking cystine
 * influx through system Xc⁻, which depletes GSH" — the entry only names the way the action goes; "we silenced
 * GPX4, which…" — the entry is what the action was done to.
 */
function eventBeforeWhich(tokens: Tokens, end: number): boolean {
  if (tokens.kind(end) === 'entity' && objectOfParticipleClause(tokens, end)) return true;
  // "…it cuts cystine uptake and GSH synthesis, which potentiates ferroptosis": what the cut does, not the entries
  // it lowers (their loss, not they, potentiates it).
  if (tokens.kind(end) === 'entity' && loweredObject(tokens, end)) return true;
  // "We silenced GPX4, which induced ferroptosis": what the experimenters did.
  if (tokens.kind(end) === 'entity' && manipulatedIn(tokens, end)) return true;
  if (tokens.kind(end) !== 'entity' || !/^(through|via)$/.test(tokens.lower(end - 1) ?? '')) return false;
  for (let k = end - 2; k >= 0 && k > end - 10; k--) {
    if (tokens.kind(k) === 'punct') return false;
    if (tokens.lower(k)!.endsWith('ing') && tokens.lower(k - 1) === 'by') return true;
  }
  return false;
}

/** Whether the entries ending at `end` are the object of a verb of lowering right before them ("cuts X and Y"). */
function loweredObject(tokens: Tokens, end: number): boolean {
  const objects = readPartiesLeft(tokens, end);
  const first = objects ? tokens.indexStartingAt(objects[0]!.start) : -1;
  return first > 0 && LOWERING_VERBS.test(tokens.lower(first - 1) ?? '');
}

const LOWERING_VERBS = /^(cuts?|lowers?|lowered|reduces?|reduced|depletes?|depleted|decreases?|decreased|diminishes|diminished|blocks?|blocked|inhibits?|inhibited|suppresses?|suppressed|limits?|limited|impairs?|impaired|downregulates?|downregulated|down-regulates?|down-regulated|represses?|repressed|silences?|silenced)$/;

/** "interferon-γ released by activated CD8⁺ cells, which…": the entry a participle phrase ending at `end` follows. */
function agentOfPhrase(tokens: Tokens, end: number): ClaimParty[] | undefined {
  const participle = openingAgentPhrase(tokens, end);
  return participle > 0 ? readPartiesLeft(tokens, participle - 1, true) : undefined;
}

/**
 * "xCT-high cells released more cystine, as expected for an antiporter that exports cystine": the kind named after
 * "as expected for" is the one gene, complex or compound the sentence names before "as"; undefined where it names
 * none or several.
 */
function expectedOfKind(tokens: Tokens, that: number): ClaimParty[] | undefined {
  let k = that - 1;
  if (!REFERRING_NOUNS.has(tokens.lower(k)?.replace(/s$/, '') ?? '')) return undefined;
  while (k > that - 6 && k > 0 && !/^(a|an)$/.test(tokens.lower(k) ?? '')) k--;
  if (!/^(a|an)$/.test(tokens.lower(k) ?? '') || !/^(for|of|from|with)$/.test(tokens.lower(k - 1) ?? '') || tokens.lower(k - 2) !== 'expected') return undefined;
  const as = tokens.lower(k - 3) === 'as' ? k - 3 : k - 2;
  let found: ClaimParty | undefined;
  // "As expected for an antiporter that…, SLC7A11-overexpressing cells…": opening the sentence, the kind is the
  // entry of the clause after it.
  const [from, to] = as > 0 ? [0, as] : [that + 1, tokens.length];
  for (let e = from; e < to; e++) {
    if (tokens.kind(e) !== 'entity' || !/^(gene|complex|compound)$/.test(tokens.entityType(e) ?? '')) continue;
    if (found && found.id !== tokens.at(e)!.id) return undefined;
    found ??= { ...partyOf(tokens.at(e)!), start: tokens.at(k)!.start, end: tokens.at(that - 1)!.end };
  }
  return found && [found];
}

const EVENT_NOUNS = /^(reaction|mechanism|process|step|activity|effect)$/;

/**
 * The doer of the clause that ends at `end` (back to the sentence's start, a colon or semicolon, or the word that
 * opens the clause): its first entry, past cells, which only host what happens ("CD8⁺ T cells use CD36 to export
 * oxidized lipids"). "Mao showed that DHODH reduces CoQ10 within the membrane": DHODH.
 */
function clauseDoer(tokens: Tokens, end: number): ClaimParty[] | undefined {
  let doer: number | undefined;
  let host: number | undefined;
  for (let k = end; k >= 0; k--) {
    const word = tokens.lower(k);
    if (word === ';' || word === ':' || (tokens.kind(k) === 'word' && CLAUSE_OPENERS.has(word!))) break;
    if (tokens.kind(k) !== 'entity') continue;
    if (tokens.entityType(k) === 'cell') host = k;
    else doer = k;
  }
  // (Cells alone are no doer: "T cells export lipids, a process that…" says nothing of an entry.)
  return doer === undefined || (host !== undefined && host > doer) ? undefined : [partyOf(tokens.at(doer)!)];
}
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'whereas', 'because', 'since', 'while', 'although', 'but']);
