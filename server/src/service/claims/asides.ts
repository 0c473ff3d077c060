/**
 * What may stand between a subject and its verb, read leftwards from the verb: negations and adverbs, asides in
 * parentheses or commas, relative clauses, participle phrases, places and the means used. `skipLeftModifiers`
 * passes over them to where the subject ends.
 */
import { type Modifiers, noteModifier } from './claim';
import { PLACE_LAST_WORDS, placeAt } from './locations';
import { Tokens } from './tokens';
import { classAfterName } from './unknownNames';
import { ASIDE_WORDS, AUXILIARIES, CAPACITIES, CAUSING_PARTICIPLES, CELLS, CLAUSE_INTRODUCERS, CONDITIONAL, INVERTING_POST, INVERTING_PRE, KEEPING_POST, KEEPING_PRE, OBJECT_FILLERS, PHRASE_OPENERS, REFERRING_NOUNS, isAdverb } from './vocabulary';

/** Words before a nanomedicine's cargo: "carrying sulfasalazine", "loaded with", "encapsulating". */
const CARRYING = /^(carrying|containing|bearing|encapsulating|delivering|with)$/;

/** Walks left from `from` over adverbs, auxiliaries and negation; returns the index of the next token. */
/** Whether the word at `at` says what befell the entry right before it ("NRF2 activation", "RRM2 knockdown"). */
function modifiedEntry(tokens: Tokens, at: number): boolean {
  // ("CoQ10 reduction": the redox reaction the entry undergoes.)
  return (INVERTING_POST.has(tokens.lower(at) ?? '') || KEEPING_POST.has(tokens.lower(at) ?? '') || tokens.lower(at) === 'reduction') && tokens.kind(at - 1) === 'entity';
}


/** Whether the entity at `k` is the one whose capacity is named before it: "the capacity of erastin (to…)". */
export function capacityHolder(tokens: Tokens, k: number): boolean {
  return tokens.kind(k) === 'entity' && tokens.lower(k - 1) === 'of' && CAPACITIES.has(tokens.lower(k - 2) ?? '');
}

/** Nouns of what doing something brings: "has the (added) drawback of downregulating…". */
const CONSEQUENCES: ReadonlySet<string> = new Set(['effect', 'drawback', 'downside', 'disadvantage', 'advantage', 'benefit', 'consequence', 'property', 'merit', 'virtue']);

/**
 * Where "has the (unfortunate, side) effect of" or "is capable of" starts, whose "of" is at `of` and whose gerund
 * follows: what the entry before it has as an effect, it does. -1 if none.
 */
export function effectFrameStart(tokens: Tokens, of: number): number {
  if (tokens.lower(of - 1) === 'capable' && /^(is|are|was|were|be|been)$/.test(tokens.lower(of - 2) ?? '')) return of - 2;
  if (!CONSEQUENCES.has(tokens.lower(of - 1) ?? '')) return -1;
  // Up to two describing words after the article: "the added drawback", "the unfortunate side effect".
  let article = of - 2;
  for (let n = 0; n < 2 && tokens.kind(article) === 'word' && !/^(the|a|an)$/.test(tokens.lower(article)!); n++) article--;
  return /^(the|a|an)$/.test(tokens.lower(article) ?? '') && /^(has|have|had|having)$/.test(tokens.lower(article - 1) ?? '') ? article - 1 : -1;
}

/** Units of a dose or a time: "10 µM", "5 mg/kg", "24 h". */
const UNITS: ReadonlySet<string> = new Set(['µm', 'μm', 'um', 'nm', 'mm', 'pm', 'm', 'mg', 'kg', 'g', 'ml', 'h', 'hr', 'hrs', 'min', 'd', 'days', 'hours', 'gy', '%']);

/** How often a dose is given: "qd", "bid", "daily", "q3w". */
const DOSING_FREQUENCY = /^(?:qd|od|bid|bd|tid|tds|qid|qds|daily|weekly|nightly|q\d+[hdw])$/;

/**
 * The "at" of "at 10 µM (for 24 h)" ending at `end`, right after an entry; -1 if none. ("mg/kg" ends in "kg".)
 */
export function doseBefore(tokens: Tokens, end: number, afterEntity = true): number {
  let k = end;
  // "liraglutide 1.8 mg qd": how often, after the dose.
  if (DOSING_FREQUENCY.test(tokens.lower(k) ?? '')) k--;
  for (let n = 0; n < 2; n++) {
    if (!UNITS.has(tokens.lower(k) ?? '')) return -1;
    if (tokens.lower(k - 1) === '/' && UNITS.has(tokens.lower(k - 2) ?? '')) k -= 2;
    if (!/^\d/.test(tokens.lower(k - 1) ?? '')) return -1;
    k -= 2;
    // "2.5 µM": the number's decimals are tokens of their own.
    if (tokens.lower(k) === '.' && /^\d/.test(tokens.lower(k - 1) ?? '')) k -= 2;
    if (tokens.lower(k) === 'at' && (!afterEntity || tokens.kind(k - 1) === 'entity')) return k;
    // "Liraglutide 1.8 mg qd — raises…": a dose right after the entry, as a prescription writes it.
    if (afterEntity && n === 0 && tokens.kind(k) === 'entity') return k + 1;
    if (tokens.lower(k) !== 'for') return -1;
    k--;
  }
  return -1;
}

/** Whether the tokens before `end` are words (or a hyphen, or an entry before a word): a noun phrase that names no subject. */
function describingWords(tokens: Tokens, end: number): boolean {
  for (let k = 0; k < end; k++) {
    const kind = tokens.kind(k);
    if (kind === 'word' || tokens.lower(k) === '-' || (kind === 'entity' && tokens.kind(k + 1) === 'word' && k + 1 < end)) continue;
    return false;
  }
  return end > 0;
}

export function skipLeftModifiers(tokens: Tokens, from: number, modifiers: Modifiers): number {
  let i = from;
  while (i >= 0) {
    const t = tokens.at(i)!;
    // "Zileuton, a lipoxygenase inhibitor, enhanced…": a name the lexicon lacks acts as the class it is given.
    const named = t.kind === 'punct' ? classAfterName(tokens, i) : -1;
    if (named >= 0) return named;
    if (t.kind === 'punct' && t.lower === ')') {
      // "FSP1 overexpression (vs. empty vector) sensitized…", "GPX4 (Fig. 2B) suppresses…": an aside parts nothing.
      // But "engineered nanovesicles (eNVs-FAP) doubled…": a name in parentheses is the subject itself.
      const open = openingParenthesis(tokens, i);
      if (open === i - 2 && tokens.kind(i - 1) === 'entity' && tokens.kind(open - 1) === 'word') return i - 1;
      // "nanoparticles carrying sulfasalazine (Fe₃O₄-SAS@PLT) shut down…": the name is the carrier's, not the cargo's.
      if (open === i - 2 && tokens.kind(i - 1) === 'entity' && tokens.kind(open - 1) === 'entity' && CARRYING.test(tokens.lower(open - 2) ?? '')) return i - 1;
      // "class II compounds (erastin, sulfasalazine) bind…": the entries a class noun names are the subjects.
      if (open > 0 && tokens.kind(open - 1) === 'word' && listOfEntries(tokens, open + 1, i)) return i - 1;
      if (open <= 0) break;
      i = open - 1;
      continue;
    }
    // "Erastin at 10 µM kills…", "RSL3 at 1 µM for 24 h induced…": a dose after the entry parts nothing.
    const dose = t.kind === 'word' ? doseBefore(tokens, i) : -1;
    if (dose > 0) {
      i = dose - 1;
      continue;
    }
    if (t.kind === 'punct' && (t.lower === '—' || t.lower === '–')) {
      // "Iron overload — as produced in iron-loaded mice — tilts…": an aside between dashes, spaced or not.
      const open = openingDash(tokens, i);
      if (open > 0) {
        i = open - 1;
        continue;
      }
    }
    if (t.kind === 'punct' && t.lower === ',') {
      // "These engineered nanovesicles, eNVs-FAP, promote…": the name set off after what they are is the subject,
      // as it is in parentheses.
      // "The platelet-camouflaged sulfasalazine particles, Fe₃O₄-SAS@PLT, repolarise…": an entry may describe the
      // noun (a word follows it), and a hyphen join its words.
      if (tokens.kind(i - 1) === 'entity' && tokens.lower(i - 2) === ',' && i - 2 <= 8 && describingWords(tokens, i - 2)) return i - 1;
      // "Liraglutide, by contrast, upregulates…": a comma aside parts nothing either.
      const open = openingAsideComma(tokens, i);
      if (open <= 0) break;
      i = open - 1;
      continue;
    }
    // "Ferroptosis of Treg cells after TCR/CD28 co-stimulation was…": when it happened parts nothing.
    if (t.kind === 'entity' && /^(after|upon|following)$/.test(tokens.lower(i - 1) ?? '') && tokens.kind(i - 2) !== undefined && tokens.kind(i - 2) !== 'punct') {
      i -= 2;
      continue;
    }
    // "Iron chelation with deferoxamine aggravated…": the compound used is the means, not the subject.
    if (t.kind === 'entity' && tokens.entityType(i) === 'compound') {
      const instrument = openingInstrument(tokens, i);
      if (instrument > 0) {
        i = instrument - 1;
        continue;
      }
    }
    // "NK-cell dysfunction in the tumour microenvironment tracked with…": a setting named as a process after the
    // subject parts nothing either.
    if (t.kind === 'entity' && tokens.entityType(i) === 'process') {
      const setting = tokens.lower(i - 1) === 'the' ? i - 2 : i - 1;
      if (/^(in|within)$/.test(tokens.lower(setting) ?? '') && tokens.kind(setting - 1) === 'entity' && tokens.entityType(setting - 1) !== 'cell') {
        i = setting - 1;
        continue;
      }
    }
    if (t.kind === 'entity' && tokens.entityType(i) === 'cell') {
      // "IFN-γ from CD8⁺ TILs dampens…": the cells an entry comes from part nothing.
      let from = i - 1;
      while (from > i - 4 && (tokens.lower(from) === '+' || tokens.lower(from) === '⁺' || /\d/.test(tokens.lower(from) ?? ''))) from--;
      if (tokens.lower(from) === 'from' && tokens.kind(from - 1) === 'entity' && tokens.entityType(from - 1) !== 'cell') {
        i = from - 1;
        continue;
      }
      // "Iron overload of bone-marrow-derived macrophages increased…": the cells a process happens to are not
      // the subject.
      let of = i - 1;
      while (of > 0 && of > i - 6 && (tokens.lower(of) === '-' || (tokens.kind(of) === 'word' && tokens.lower(of) !== 'of'))) of--;
      const process = tokens.kind(of - 1) === 'word' && KEEPING_POST.has(tokens.lower(of - 1)!) ? of - 2 : of - 1;
      if (tokens.lower(of) === 'of' && tokens.kind(process) === 'entity' && tokens.entityType(process) !== 'cell' && tokens.entityType(process) !== 'process') {
        i = of - 1;
        continue;
      }
      // "Erastin-induced lipid peroxidation in PBMCs up-regulates…": where it happened parts nothing, whatever
      // names the place.
      // "NRF2 activation in NK cells deepened…": also after the word that says what befell the entry.
      const place = openingPlace(tokens, i);
      if (place > 0 && ((tokens.kind(place - 1) === 'entity' && tokens.entityType(place - 1) !== 'cell') || modifiedEntry(tokens, place - 1))) {
        i = place - 1;
        continue;
      }
    }
    // "excess iron reacting with hydrogen peroxide lowers…": what the subject reacts with parts nothing.
    if (t.kind === 'entity' && tokens.lower(i - 1) === 'with' && /^(reacting|interacting)$/.test(tokens.lower(i - 2) ?? '') && tokens.kind(i - 3) === 'entity') {
      i -= 3;
      continue;
    }
    // "DHODH was reported by Mao et al. to oxidise…": the abbreviation's point, before who reported it (below).
    if (t.lower === '.' && tokens.lower(i - 1) === 'al' && tokens.lower(i + 1) === 'to') {
      i--;
      continue;
    }
    if (t.kind !== 'word') return t.kind === 'entity' ? afterAgentPhrase(tokens, i) : i;
    // "iron overload on its own lowers…", "GPX4 by itself…": the subject alone.
    if ((t.lower === 'own' && /^(its|their)$/.test(tokens.lower(i - 1) ?? '') && tokens.lower(i - 2) === 'on') || (/^(itself|themselves)$/.test(t.lower) && tokens.lower(i - 1) === 'by')) {
      i -= t.lower === 'own' ? 3 : 2;
      continue;
    }
    // "Silencing RRM2 in LUAD cells skewed…": cells the lexicon does not name, where it happened.
    if (CELLS.has(t.lower)) {
      let at = i - 1;
      while (at > 0 && at > i - 5 && (tokens.kind(at) === 'word' || tokens.lower(at) === '-') && tokens.lower(at) !== 'in') at--;
      if (tokens.lower(at) === 'in' && ((tokens.kind(at - 1) === 'entity' && tokens.entityType(at - 1) !== 'cell') || modifiedEntry(tokens, at - 1))) {
        i = at - 1;
        continue;
      }
    }
    // "iron-loaded keratinocytes in our hands showed…": whose bench it was parts nothing.
    if (/^(hands|experience|lab|laboratory|experiments|system|setup)$/.test(t.lower) && /^(our|my)$/.test(tokens.lower(i - 1) ?? '') && tokens.lower(i - 2) === 'in') {
      i -= 3;
      continue;
    }
    // "Ferrostatin-1 did nothing to undo…": a negation said with "nothing" before the infinitive.
    if (t.lower === 'nothing' && tokens.lower(i + 1) === 'to' && /^(did|does|do|could|can|will|would)$/.test(tokens.lower(i - 1) ?? '')) {
      modifiers.negated = !modifiers.negated;
      modifiers.negation = { start: tokens.at(i - 1)!.start, end: modifiers.negation?.end ?? t.end };
      i -= 2;
      continue;
    }
    if (noteModifier(t, modifiers)) {
      // "does not", "did not": the auxiliary belongs to the negation span for fixes.
      const before = tokens.at(i - 1);
      if (before && (before.lower === 'does' || before.lower === 'do' || before.lower === 'did') && modifiers.negation) {
        modifiers.negation = { start: before.start, end: modifiers.negation.end };
      }
      i--;
      continue;
    }
    if (t.lower === 'longer' && tokens.at(i - 1)?.lower === 'no') {
      modifiers.noLonger = true;
      i--;
      continue;
    }
    if (isAdverb(t.lower) || AUXILIARIES.has(t.lower)) {
      i--;
      continue;
    }
    // "transferrin and TfR1, which together mediate…": "together" right after the relative pronoun says how.
    if ((t.lower === 'together' || t.lower === 'jointly') && /^(which|that|who)$/.test(tokens.lower(i - 1) ?? '')) {
      i--;
      continue;
    }
    // "the interferon-γ they secrete raises…": a relative clause without "that" after the entry parts nothing.
    if (CONTACT_VERBS.has(t.lower) && /^(they|it|we|cells)$/.test(tokens.lower(i - 1) ?? '') && tokens.kind(i - 2) === 'entity') {
      i -= 2;
      continue;
    }
    // "the IFN-γ that NK cells release raises…": with "that" and the cells named.
    if (CONTACT_VERBS.has(t.lower) && tokens.entityType(i - 1) === 'cell' && /^(that|which)$/.test(tokens.lower(i - 2) ?? '') && tokens.kind(i - 3) === 'entity') {
      i -= 3;
      continue;
    }
    // "the capacity of erastin to inhibit…", "erastin has the ability to inhibit…": what the entry can do, it does.
    if (CAPACITIES.has(t.lower) && tokens.lower(i + 1) === 'to') {
      if (/^(the|a|an)$/.test(tokens.lower(i - 1) ?? '') && /^(has|have|had|retains|retain|retained|possesses|possess|possessed|shows|show|showed)$/.test(tokens.lower(i - 2) ?? '')) {
        i -= 3;
        continue;
      }
    }
    if (t.lower === 'to' && capacityHolder(tokens, i - 1)) return i - 1;
    // "cisplatin has the added drawback of downregulating PD-L1", "is capable of inducing…": the entry does it.
    if (t.lower === 'of') {
      const frame = effectFrameStart(tokens, i);
      if (frame >= 0) {
        i = frame - 1;
        continue;
      }
    }
    // "DHODH was shown by Mao and colleagues to sensitise…": who showed it parts nothing.
    if (/^(colleagues|coworkers|co-workers|al|others|group)$/.test(t.lower) && (tokens.lower(i + 1) === 'to' || (t.lower === 'al' && tokens.lower(i + 1) === '.' && tokens.lower(i + 2) === 'to'))) {
      let by = i - 1;
      while (by > 0 && by > i - 6 && tokens.lower(by) !== 'by' && (tokens.kind(by) === 'word' || tokens.lower(by) === '.' || tokens.lower(by) === "'")) by--;
      if (tokens.lower(by) === 'by' && AUXILIARIES.has(tokens.lower(by - 1) ?? '')) {
        i = by - 1;
        continue;
      }
    }
    // "Myristoylated FSP1 at the plasma membrane oxidises…": a place of the cell parts nothing either. (Only a
    // place's last word is looked at: this loop visits every word left of a verb.)
    const cellPlace = PLACE_LAST_WORDS.has(t.lower) ? placeEndingAt(tokens, i) : -1;
    // "DHODH activity in the inner mitochondrial membrane promotes…": also after what is said of the entry.
    if (cellPlace > 0 && (tokens.kind(cellPlace - 1) === 'entity' || modifiedEntry(tokens, cellPlace - 1))) {
      i = cellPlace - 1;
      continue;
    }
    // "Overexpression of FSP1 in H460 cells increased…": where it was done parts nothing either.
    const place = openingPlace(tokens, i);
    if (place > 0) {
      i = place - 1;
      continue;
    }
    // "Activation of NRF2 with sulforaphane impaired…": the means used parts nothing either.
    const instrument = openingInstrument(tokens, i);
    if (instrument > 0) {
      i = instrument - 1;
      continue;
    }
    // "GPX4 it catalyses…", "Overexpression of NCOA4 it reduces…": a pronoun that repeats the subject before it.
    const resumed = t.lower === 'it' || t.lower === 'they' ? resumedSubject(tokens, i) : -1;
    if (resumed >= 0) {
      i = resumed;
      continue;
    }
    // "Inhibiting RRM2 in silico shifted…": where an experiment was done parts nothing.
    if (/^(vitro|vivo|silico)$/.test(t.lower) && tokens.lower(i - 1) === 'in') {
      i -= 2;
      continue;
    }
    // "…but at the same time suppressed…"
    if (t.lower === 'time' && tokens.lower(i - 1) === 'same' && tokens.lower(i - 2) === 'the' && tokens.lower(i - 3) === 'at') {
      i -= 4;
      continue;
    }
    if (/^(turn|fact|particular|addition|contrast|practice|principle)$/.test(t.lower) && tokens.lower(i - 1) === 'in') {
      // "GPX4 in turn suppresses…"
      i -= 2;
      continue;
    }
    // "erastin at 10 µM wiped out…": a compound's dose parts nothing.
    const dosed = /\d/.test(t.lower) || DOSE_WORDS.test(t.lower) ? beforeDose(tokens, i) : i;
    if (dosed !== i && tokens.entityType(dosed) === 'compound') return dosed;
    return afterAgentPhrase(tokens, i);
  }
  return i;
}

/**
 * Where the subject ends that the pronoun at `at` repeats, as writers of English as a second language sometimes
 * do: an entry (with a modifier after it) that opens its clause ("The tumour suppressor p53 it…"); or -1.
 */
function resumedSubject(tokens: Tokens, at: number): number {
  // "In NSCLC cells the cisplatin, that induces ferroptosis by depleting GSH, it decreased…": after an aside
  // opened by a comma right after the subject.
  if (tokens.lower(at - 1) === ',') {
    for (let k = at - 2; k > 1 && k > at - 25; k--) {
      const word = tokens.lower(k)!;
      if (/^[.;:]$/.test(word)) return -1;
      if (word !== ',') continue;
      return /^(that|which|who|a|an|also|known)$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k - 1) === 'entity' && opensItsClause(tokens, k - 1) ? k - 1 : -1;
    }
    return -1;
  }
  const last = tokens.kind(at - 1) === 'word' && (INVERTING_POST.has(tokens.lower(at - 1)!) || KEEPING_POST.has(tokens.lower(at - 1)!)) ? at - 2 : at - 1;
  return tokens.kind(last) === 'entity' && opensItsClause(tokens, last) ? at - 1 : -1;
}

/**
 * "In tumour cells it restrains…", "In fibroblasts and tumor cells it…": the entries right after the opening
 * preposition, up to `last`, are where it happens, and the pronoun after them the subject.
 */
function placesAfterOpening(tokens: Tokens, last: number): boolean {
  if (!/^(in|on|at|after|upon)$/.test(tokens.lower(0) ?? '')) return false;
  for (let k = 1; k <= last; k++) if (tokens.kind(k) !== 'entity' && !CELLS.has(tokens.lower(k) ?? '') && !/^(and|or|,|both|human|murine|mouse|cancer|tumou?r)$/.test(tokens.lower(k) ?? '')) return false;
  return true;
}

/** Whether the entry at `last`, with the words of its noun phrase before it, opens its clause. */
function opensItsClause(tokens: Tokens, last: number): boolean {
  if (placesAfterOpening(tokens, last)) return false;
  for (let k = last - 1; k > last - 10; k--) {
    if (k < 0) return true;
    const word = tokens.lower(k)!;
    if (tokens.kind(k) === 'entity' || word === '-') continue;
    if (tokens.kind(k) === 'word') {
      if (OBJECT_FILLERS.has(word) || REFERRING_NOUNS.has(word) || INVERTING_PRE.has(word) || KEEPING_PRE.has(word) || SUBJECT_TITLES.has(word)) continue;
      // "by repressing SLC3A2 and SLC7A11 it limits…": "and" inside a list of entries opens nothing.
      if ((word === 'and' || word === 'or') && tokens.kind(k - 1) === 'entity') continue;
      // "In the NSCLC cells the cisplatin it…": a place without a comma that opens the sentence.
      // Not "In cells without GPX4 it…", where the pronoun has a subject of its own.
      if (/^(in|on|at|after|upon)$/.test(tokens.lower(0) ?? '') && Array.from({ length: last }, (_, j) => j).every((j) => tokens.kind(j) !== 'punct' && !/^(without|lacking|deficient|devoid|with|of|by|from|for)$/.test(tokens.lower(j) ?? ''))) return true;
      return /^(that|which|while|whereas|because|since|and|so|therefore|thus)$/.test(word);
    }
    return /^[,;:]$/.test(word);
  }
  return false;
}

/** Verbs of a relative clause without "that" that names where an entry comes from: "the IFN-γ they secrete". */
const CONTACT_VERBS: ReadonlySet<string> = new Set(['secrete', 'secretes', 'secreted', 'produce', 'produces', 'produced', 'release', 'releases', 'released', 'make', 'makes', 'made', 'unleash', 'unleashes', 'deploy', 'deploys', 'express', 'expresses']);

/** Nouns a writer puts before a subject's name: "the tumour suppressor p53", "the transcription factor NRF2". */
const SUBJECT_TITLES: ReadonlySet<string> = new Set(['suppressor', 'transcription', 'system', 'master', 'regulator', 'key']);

/** "ATM activated by ionising radiation drives…": a participle phrase ending at `i` after the subject parts nothing. */
function afterAgentPhrase(tokens: Tokens, i: number): number {
  const participle = openingAgentPhrase(tokens, i);
  // But "ferroptosis triggered by bcc-USINPs suppressed…" is the entry's effect, said as its cause's: the party reader takes it whole.
  // ("the M1 shift caused by iron overload": the cause may be named with what it is, "overload", "loading".)
  const cause = participle + 3 === i && /^(overload|loading|treatment|exposure|deficiency|supplementation)$/.test(tokens.lower(i) ?? '') ? i - 1 : i;
  if (participle > 0 && participle + 2 === cause && CAUSING_PARTICIPLES.test(tokens.lower(participle)!)) return i;
  return participle > 0 ? participle - 1 : i;
}

/**
 * The index of the comma that opens the aside closed by the comma at `close`, or -1: a few words of aside ("in
 * turn", "by contrast"), or a phrase of up to 8 words without an entry that a preposition opens ("unlike other
 * death modalities").
 */
function openingAsideComma(tokens: Tokens, close: number): number {
  const attribution = attributionAside(tokens, close);
  if (attribution >= 0) return attribution;
  let onlyAsideWords = true;
  let entities = false;
  for (let k = close - 1; k >= 0 && k >= close - 16; k--) {
    // "Handa et al. reported": the abbreviation's point.
    const etAl = tokens.lower(k) === '.' && tokens.lower(k - 1) === 'al';
    // "…, as the company's own BSO experiments (48 h) show, …": a possessive, and a parenthesis inside the aside.
    const possessive = /^['’]$/.test(tokens.lower(k) ?? '') && tokens.lower(k + 1) === 's';
    if (tokens.lower(k) === ')' && k < close - 1) {
      const open = openingParenthesis(tokens, k);
      if (open > 0 && open > close - 16) {
        k = open;
        continue;
      }
    }
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-' && tokens.lower(k) !== '/' && !etAl && !possessive) {
      // "Metformin, which induces ferroptosis through the GPX4 axis, also increases…": a relative clause.
      // "TFR1, whose expression IRPs control, exports…" too.
      if (tokens.lower(k) === ',' && (CLAUSE_INTRODUCERS.has(tokens.lower(k + 1) ?? '') || tokens.lower(k + 1) === 'whose') && (tokens.kind(k - 1) === 'entity' || tokens.lower(k - 1) === ')')) return k;
      // "ATM, acting independently of IFN-γ, induces…": a participle after the subject.
      if (tokens.lower(k) === ',' && tokens.kind(k - 1) === 'entity' && /(?:ing|ed)$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k + 1) === 'word') return k;
      // "This heterodimer, composed of SLC7A11 and SLC3A2, exports…": a describing participle after the subject.
      if (tokens.lower(k) === ',' && (tokens.kind(k - 1) === 'entity' || tokens.lower(k - 1) === ')' || REFERRING_NOUNS.has(tokens.lower(k - 1)!)) && describingAside(tokens, k + 1)) return k;
      // "IFN-γ, which, once secreted by CD8⁺ T cells, induces…": an aside right after the relative pronoun.
      if (tokens.lower(k) === ',' && CLAUSE_INTRODUCERS.has(tokens.lower(k - 1) ?? '') && k < close - 1) return k;
      if (tokens.lower(k) === ',') {
        // "Ferroportin, which is expressed on macrophages, hepatocytes and enterocytes, imports…": commas inside.
        const clause = openingRelativeClause(tokens, k);
        if (clause > 0) return clause;
      }
      // "Lenvatinib, our ferroptosis-inducing comparator in Hepa1-6 tumours, depleted…": a noun phrase set off
      // after the subject may run longer.
      // ("RSL3, still the most widely used tool compound in the field, acts…": an adverb may come first.)
      const determiner = /^(still|now|long|once|also|then)$/.test(tokens.lower(k + 1) ?? '') ? k + 2 : k + 1;
      // "Fe₃O₄-SAS@PLT nanoparticles, sulfasalazine-loaded cores…,": the subject may end in a noun of its kind.
      // ("LOX inhibition, far from helping, enhanced…": or in a word of what befell it.)
      const subjectEnd = tokens.kind(k - 1) === 'entity' || (tokens.kind(k - 2) === 'entity' && (KEEPING_POST.has(tokens.lower(k - 1) ?? '') || INVERTING_POST.has(tokens.lower(k - 1) ?? '')));
      const nounPhrase = /^(our|a|an|the|its|their|this)$/.test(tokens.lower(determiner) ?? '') && tokens.kind(k - 1) === 'entity';
      // "IFN-γ, at concentrations matching those of activated CD8⁺ T cells, raised…": a prepositional phrase too.
      const prepositional = tokens.kind(k - 1) === 'entity' && PHRASE_OPENERS.has(tokens.lower(k + 1) ?? '');
      // "…, as the company's own BSO experiments (48 h) show, …": whose evidence it is, however long.
      const asShown = tokens.lower(k + 1) === 'as' && /^(show|shows|showed|shown|suggest|suggests|indicate|indicates|confirm|confirms|confirmed|reported|noted|described)$/.test(tokens.lower(close - 1) ?? '');
      if (close - k > (nounPhrase || prepositional || asShown ? 14 : subjectEnd && tokens.kind(close - 1) === 'word' ? 11 : 9)) return -1;
      if (tokens.lower(k) !== ',' || k === close - 1) return -1;
      // "Sulfasalazine, much like RSL3, binds…": a degree word before the opener.
      const opener = /^(much|just|very|quite|exactly)$/.test(tokens.lower(k + 1)!) && k + 2 < close ? tokens.lower(k + 2)! : tokens.lower(k + 1)!;
      // "IFN-γ, by repressing ACSL4 in tumour cells, reduces…": a phrase a preposition opens may name entries.
      // "…, as a side effect, repolarize…", "…, as shown in Fig. 2, inhibits…" too.
      // "…, which, once secreted by activated CD8⁺ T cells, induces…": a condition set off by commas too.
      if (PHRASE_OPENERS.has(opener) || ASIDE_WORDS.has(opener) || CONDITIONAL.has(opener) || opener === 'as') return k;
      // "bcc-USINPs, ultrasmall iron nanoparticles, induced…": an apposition right after the subject may too.
      // (or the apposition is another name of the subject: "bcc-USINPs, ultrasmall iron nanoparticles,").
      const renamed = tokens.kind(close - 1) === 'entity' && tokens.at(close - 1)!.id === tokens.at(k - 1)?.id;
      if (subjectEnd && (tokens.kind(close - 1) === 'word' || renamed)) return k;
      // "Too much iron, it turns out, nudges…", "GPX4, we propose, …": a short parenthetical clause.
      // "Iron overload, Handa et al. reported, pushed…": who reported it, by name.
      const named = close - k <= 7 && /^(reported|showed|found|noted|argued|observed|proposed|wrote)$/.test(tokens.lower(close - 1) ?? '') && /^(al|colleagues|coworkers|co-workers)$/.test(tokens.lower(close - 2) === '.' ? tokens.lower(close - 3) ?? '' : tokens.lower(close - 2) ?? '');
      const parenthetical = ((/^(it|we|they|i)$/.test(tokens.lower(k + 1) ?? '') && close - k <= 5) || named) && !entities;
      return (onlyAsideWords && !entities && close - k <= 4) || parenthetical ? k : -1;
    }
    if (tokens.kind(k) === 'entity') entities = true;
    else if (tokens.kind(k) !== 'word' && tokens.lower(k) !== '-' && tokens.lower(k) !== '/' && !etAl) return -1;
    if (!ASIDE_WORDS.has(tokens.lower(k)!)) onlyAsideWords = false;
  }
  return -1;
}

/** Verbs of saying that a journalist sets off between commas: "…, said Dr. Hoffmeister, …", "…, she explained, …". */
const SPEECH = /^(said|says|explained|explains|stressed|stresses|noted|notes|added|adds|told|tells|recalled|recalls|cautioned|cautions|warned|warns|insisted|insists|emphasi[sz]ed|emphasi[sz]es|remarked|remarks|continued|continues|admitted|admits|conceded|concedes)$/;

/** The comma before the last `count` tokens before `close`, or -1 when punctuation other than a point comes first. */
function commaBefore(tokens: Tokens, close: number, within: number): number {
  for (let k = close - 1; k >= 0 && k >= close - within; k--) {
    if (tokens.lower(k) === ',') return k;
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '.' && tokens.lower(k) !== '-') return -1;
  }
  return -1;
}

/**
 * Who said it, set off by commas and ending at `close`: "Tumour cells, said Dr. Lena Hoffmeister, an iron biologist
 * in Hamburg, are…", "GPX4 needs glutathione, she explained, but…", "glutamate, Okonjo stresses, sets…". The
 * opening comma, or -1. A name (up to four words, no entry) with the verb before or after it; an apposition after
 * the name may name entries ("an iron biologist").
 */
function attributionAside(tokens: Tokens, close: number): number {
  const open = commaBefore(tokens, close, 7);
  if (open < 0 || close - open < 2) return -1;
  const nameOnly = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (tokens.kind(k) === 'entity' || (tokens.kind(k) === 'punct' && tokens.lower(k) !== '.')) return false;
    return to - from >= 1 && to - from <= 5;
  };
  // "…, she explained," / "…, Okonjo stresses,": the name, then the verb.
  if (SPEECH.test(tokens.lower(close - 1) ?? '') && nameOnly(open + 1, close - 1)) return open;
  // "…, said Dr. Lena Hoffmeister,": the verb, then the name.
  if (SPEECH.test(tokens.lower(open + 1) ?? '') && nameOnly(open + 2, close)) return open;
  // "…, said Dr. Lena Hoffmeister, an iron biologist in Hamburg,": an apposition after the name.
  if (/^(a|an|the)$/.test(tokens.lower(open + 1) ?? '') && close - open <= 10) {
    const before = commaBefore(tokens, open, 7);
    if (before >= 0 && SPEECH.test(tokens.lower(before + 1) ?? '') && nameOnly(before + 2, open)) return before;
  }
  return -1;
}

/** Participles of a product's source: "IFN-γ released (secreted, derived) from CD8⁺ T cells". */
const SOURCE_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'secreted', 'derived', 'produced', 'liberated', 'shed']);

/**
 * The index of the participle that opens "activated by ionising radiation" ending at `end`, right after an entry
 * (at most 8 tokens, no clause punctuation), or -1.
 */
export function openingAgentPhrase(tokens: Tokens, end: number): number {
  for (let k = end; k > 1 && k >= end - 8; k--) {
    const word = tokens.lower(k)!;
    // "released by activated CD8⁺ cells": signs of a marker stay inside the phrase; clause marks end it.
    if (tokens.kind(k) === 'punct' && !/^[-()+⁺/]$/.test(word)) return -1;
    // "released from CD8⁺ T cells": where a product comes from, with "from", only after a participle of making.
    if (word === 'from' && k < end && SOURCE_PARTICIPLES.has(tokens.lower(k - 1) ?? '') && tokens.kind(k - 2) === 'entity') return k - 1;
    if (word !== 'by' || k === end) continue;
    const participle = tokens.at(k - 1)!;
    // "ATM activation by ionising radiation induces…": an action noun after the entry takes its agent too.
    if (participle.kind === 'word' && /^(activation|inhibition|stimulation|treatment|induction|blockade)$/.test(participle.lower) && tokens.kind(k - 2) === 'entity') return k;
    return participle.kind === 'word' && /(?:ed|en)$/.test(participle.lower) && tokens.kind(k - 2) === 'entity' ? k - 1 : -1;
  }
  return -1;
}

/** The index of the "in" that opens a place ending at `end` ("in HT-1080 cells", "in Treg cells"), or -1. */
function openingPlace(tokens: Tokens, end: number): number {
  const model = MODEL_NOUNS.has(tokens.lower(end) ?? '');
  const last = tokens.kind(end) === 'entity' ? tokens.entityType(end) === 'cell' : CELLS.has(tokens.lower(end) ?? '') || model;
  if (!last) return -1;
  for (let k = end - 1; k >= 0 && k >= end - 7; k--) {
    const word = tokens.lower(k)!;
    // "Deleting DHODH from the network lowered…": a model the entry is taken from parts nothing either.
    // "Expression of SLC7A11 on tumour cells is increased by…": the cells a protein sits on, too.
    if (word === 'in' || word === 'within' || (word === 'from' && model) || (word === 'on' && !model)) return !model || /^(the|a|an|this|these|our)$/.test(tokens.lower(k + 1) ?? '') ? k : -1;
    // "in the D17 canine osteosarcoma line": a named model may be described by any words.
    if (model && tokens.kind(k) === 'word') continue;
    // "in tumour–macrophage co-cultures": a word hyphened to the next is part of the place's name; "in
    // fibroblasts and tumour cells": so are the cells listed with the last.
    // "in tumour-infiltrating NK cells": both halves of a hyphened word.
    // ("in iron-loaded macrophages": an entry hyphened to the next word describes the cells.)
    const fits = tokens.kind(k) === 'entity' ? tokens.entityType(k) === 'cell' || tokens.lower(k + 1) === '-' : word === '-' || tokens.lower(k + 1) === '-' || tokens.lower(k - 1) === '-' || isCellLineName(tokens, k) || OBJECT_FILLERS.has(word) || CELLS.has(word) || word === 'and' || word === 'or';
    if (!fits) return -1;
  }
  return -1;
}

/** Nouns for an experimental model that a setting ends with: "in the D17 canine osteosarcoma line". */
// "in the macrophage module", "in the network", "in our simulations": a computational model too.
const MODEL_NOUNS: ReadonlySet<string> = new Set(['line', 'lines', 'model', 'models', 'xenograft', 'xenografts', 'organoid', 'organoids', 'clone', 'clones', 'cohort', 'module', 'network', 'simulation', 'simulations', 'scheme']);

/** The preposition of "at (in, on, within) the plasma membrane" ending at `end`, or -1. */
function placeEndingAt(tokens: Tokens, end: number): number {
  for (let k = end - 1; k >= 0 && k >= end - 6; k--) {
    if (!/^(at|in|on|within|inside)$/.test(tokens.lower(k) ?? '')) continue;
    const from = tokens.lower(k + 1) === 'the' ? k + 2 : k + 1;
    return placeAt(tokens, from)?.end === end ? k : -1;
  }
  return -1;
}

/** The "with" of "with sulforaphane" (a compound or a few words, no entry but a compound) ending at `end`, right after an entry; or -1. */
function openingInstrument(tokens: Tokens, end: number): number {
  for (let k = end; k >= 1 && k >= end - 3; k--) {
    // After the entry, or its action ("15-LOX inhibition with PD146176").
    // "Chemotherapy with cisplatin lowers…": a treatment given as a process is the compound's; the compound acts.
    if (tokens.lower(k) === 'with' && tokens.kind(k - 1) === 'entity' && tokens.entityType(k - 1) === 'process') return -1;
    if (tokens.lower(k) === 'with') return k < end && (tokens.kind(k - 1) === 'entity' || (tokens.kind(k - 2) === 'entity' && (INVERTING_POST.has(tokens.lower(k - 1)!) || KEEPING_POST.has(tokens.lower(k - 1)!)))) ? k : -1;
    // "GSH depletion by buthionine sulfoximine (BSO) results in…": who caused the loss, after it.
    if (tokens.lower(k) === 'by' && k < end && tokens.kind(k - 2) === 'entity' && INVERTING_POST.has(tokens.lower(k - 1) ?? '')) return k;
    if (tokens.kind(k) === 'punct' ? tokens.lower(k) !== '-' : tokens.kind(k) === 'entity' && tokens.entityType(k) !== 'compound') return -1;
  }
  return -1;
}

/** The comma before "which"/"who" after an entity, at most 25 tokens before `from`, with no clause end between; or -1. */
function openingRelativeClause(tokens: Tokens, from: number): number {
  for (let k = from - 1; k > 0 && k >= from - 25; k--) {
    const mark = tokens.kind(k) === 'punct' ? tokens.lower(k) : undefined;
    if (mark === ';' || mark === '.' || mark === ':') return -1;
    if (mark === ',' && /^(which|who)$/.test(tokens.lower(k + 1) ?? '') && (tokens.kind(k - 1) === 'entity' || tokens.lower(k - 1) === ')')) return k;
    // "Ferroportin (FPN), found mainly on macrophages, hepatocytes and enterocytes, imports…": a participle's.
    // "Ferroptosis, first characterised in 2012 as an iron-dependent, non-apoptotic form of cell death, is…": a
    // participle that describes the entry.
    if (mark === ',' && (tokens.kind(k - 1) === 'entity' || tokens.lower(k - 1) === ')' || REFERRING_NOUNS.has(tokens.lower(k - 1)!)) && describingAside(tokens, k + 1)) return k;
  }
  return -1;
}

/** Whether an aside that describes an entry opens at `at`: "found on…", "first characterised as…". */
function describingAside(tokens: Tokens, at: number): boolean {
  const word = tokens.lower(at) ?? '';
  if (PLACE_PARTICIPLES.has(word) || DESCRIBING_PARTICIPLES.has(word)) return true;
  return /^(first|originally|initially|recently|previously|later|also|formerly)$/.test(word) && DESCRIBING_PARTICIPLES.has(tokens.lower(at + 1) ?? '');
}

const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set(['composed', 'consisting', 'made', 'formed', 'described', 'characterised', 'characterized', 'defined', 'identified', 'discovered', 'coined', 'named', 'termed', 'known', 'reported', 'recognised', 'recognized']);

/** Participles that open where an entry is found, an aside that may hold a list with commas. */
const PLACE_PARTICIPLES: ReadonlySet<string> = new Set(['found', 'expressed', 'located', 'localized', 'localised', 'present', 'abundant', 'enriched', 'detected']);

/** Whether the tokens [from, to) are entries joined by commas or "and": "erastin, sulfasalazine". */
function listOfEntries(tokens: Tokens, from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let k = from; k < to; k++) {
    const separator = (k - from) % 2 === 1;
    if (separator ? !/^(,|and|or)$/.test(tokens.lower(k)!) : tokens.kind(k) !== 'entity') return false;
  }
  return (to - from) % 2 === 1;
}

/** The dash that opens the aside closed by the dash at `close` (at most 20 tokens back, no clause mark between), or -1. */
function openingDash(tokens: Tokens, close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - 20; k--) {
    // "– besides its effect in breast cancer (cf. Table 1) –": a parenthesis inside, with its own points.
    if (tokens.lower(k) === ')') {
      const open = openingParenthesis(tokens, k);
      if (open > 0) k = open;
      continue;
    }
    const mark = tokens.kind(k) === 'punct' ? tokens.lower(k) : undefined;
    if (mark === tokens.lower(close)) return k > 0 && k < close - 1 ? k : -1;
    if (mark === ';' || mark === ':' || mark === '.') return -1;
  }
  return -1;
}

/** The index of the "(" that the ")" at `close` closes, at most 32 tokens back; -1 if there is none. */
export function openingParenthesis(tokens: Tokens, close: number): number {
  let depth = 0;
  for (let k = close; k >= 0 && k >= close - 32; k--) {
    const mark = tokens.kind(k) === 'punct' ? tokens.lower(k) : undefined;
    if (mark === ')') depth++;
    else if (mark === '(' && --depth === 0) return k;
  }
  return -1;
}

/** A word of a cell line's name ("HT-1080", "A549", "4T1", "HepG2"): one with a digit in it, or hyphened to one. */
export function isCellLineName(tokens: Tokens, k: number): boolean {
  const hasDigit = (j: number): boolean => tokens.kind(j) === 'word' && /\d/.test(tokens.lower(j)!);
  return hasDigit(k) || (tokens.kind(k) === 'word' && tokens.lower(k + 1) === '-' && hasDigit(k + 2));
}

/** A dose after a compound's name ("10 mg/kg/d × 7", "0.5 µM"): the index before it, or `last` if none ends there. */
export function beforeDose(tokens: Tokens, last: number): number {
  let k = last;
  while (k > 0 && k > last - 12 && tokens.kind(k) !== 'entity' && (/\d/.test(tokens.lower(k)!) || DOSE_WORDS.test(tokens.lower(k)!))) k--;
  return k < last && tokens.kind(k) === 'entity' ? k : last;
}
const DOSE_WORDS = /^(mg|kg|g|µg|ug|ng|ml|µl|mm|µm|um|nm|mmol|µmol|d|day|days|h|hr|hrs|min|wk|weeks|x|×|\/|\.|-|~|i\.p|po|iv|ip|qd|bid|at)$/;
