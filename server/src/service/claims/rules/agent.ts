/** The entry a name's aside in parentheses ending at `at` follows ("Ferroportin (FPN1, SLC40A1)"), or `at`. */
export function namedBefore(tokens: Tokens, at: number): number {
  return tokens.lower(at) === ')' ? openingParenthesis(tokens, at) - 1 : at;
}

/**
 * The entity before a parenthesis of its other names that the separator at `at` ends: "Transferrin receptor 1
 * (TFR1, CD71; the…"; -1 if none.
 */
function headOfParenthesis(tokens: Tokens, at: number): number {
  if (!/^[,;]$/.test(tokens.lower(at) ?? '')) return -1;
  for (let j = at - 1; j >= 0 && j >= at - 8; j--) {
    if (tokens.lower(j) === '(') return j < at - 1 && tokens.kind(j - 1) === 'entity' ? j - 1 : -1;
    if (tokens.kind(j) === 'punct' && !/^[,;-]$/.test(tokens.lower(j)!)) return -1;
  }
  return -1;
}

/** The entity right after the comma that ends an opening phrase at `end` ("Being an activator of X, p53…"). */
function subjectAfterOpening(tokens: Tokens, end: number): Token | undefined {
  return tokens.lower(end + 1) === ',' && tokens.kind(end + 2) === 'entity' ? tokens.at(end + 2) : undefined;
}

/** Whether a name follows the agent noun at `v`, as in "the GPX4 inhibitor RSL3" or "GPX4 inhibitors such as RSL3". */
function nameAfter(tokens: Tokens, v: number): boolean {
  return tokens.kind(v + 1) === 'entity' || /^(such|including|like|\()$/.test(tokens.lower(v + 1) ?? '');
}

/** Agent nouns: "the GPX4 inhibitor RSL3", "RSL3, a GPX4 inhibitor,", "RSL3 is an inhibitor of GPX4", "the direct target of". */
import type { VerbClass } from '../../lexicon/lexicon';
import { type Claim, ClaimForm, type ClaimParty, type Modifiers, modifierFields, newClaim, noteModifier, partyOf } from '../claim';
import { entryBeforeAside, openingParenthesis, readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { possessiveEntry } from '../partyWords';
import { doseBefore } from '../asides';
import { ownerOf, pronounAntecedent } from '../subjects';
import { relativeAntecedent } from '../relatives';
import { someBetween, type Token, Tokens } from '../tokens';
import { type VerbIndex, verbOf } from '../verbIndex';
import { ADVERBS, BE, CLAUSE_INTRODUCERS, INVERTING_POST, KEEPING_POST } from '../vocabulary';

/**
 * Agent nouns: "the GPX4 inhibitor RSL3", "RSL3, a GPX4 inhibitor,", "RSL3 is a (direct) GPX4 inhibitor",
 * "RSL3 is an inhibitor of GPX4", "the ferroptosis inducer erastin", "GPX4 inhibitors such as RSL3".
 */
export function readAgentClaim(tokens: Tokens, v: number, verb: VerbClass, verbs: VerbIndex): Claim | undefined {
  const noun = tokens.at(v)!;
  const modifiers: Modifiers = { negated: false };
  let objectIndex = v - 1;
  let objectParty: ClaimParty | undefined;
  // "an inhibitor of GPX4"; "a brake on ferroptosis"
  const of = noun.lower === 'brake' || noun.lower === 'brakes' ? 'on' : 'of';
  const ofPhrase = tokens.at(v + 1)?.lower === of && tokens.at(v + 2)?.kind !== 'entity' ? readPartiesRight(tokens, v + 2) : undefined;
  // "a GPX4 inhibitor of the RSL3 class": the entry after "of" names the kind, not what is inhibited.
  const after = ofPhrase && /^(class|family|type|group|kind|series|generation)$/.test(tokens.lower(ofPhrase.end + 1) ?? '') ? undefined : ofPhrase;
  // "a brake on iron-driven M1 polarisation": an entry that only modifies the object is read by readPartiesRight.
  const modified = tokens.lower(v + 3) === '-' && tokens.kind(v + 4) === 'word';
  // "the principal iron importer of macrophages": the cells after "of" are where it works; the entry before is the object.
  const ofCells = tokens.at(v + 1)?.lower === 'of' && tokens.entityType(v + 2) === 'cell' && tokens.kind(v - 1) === 'entity' && tokens.entityType(v - 1) !== 'cell';
  if (ofCells) {
    objectParty = partyOf(tokens.at(v - 1)!);
  } else if (tokens.at(v + 1)?.lower === of && tokens.at(v + 2)?.kind === 'entity' && modified) {
    const object = readPartiesRight(tokens, v + 2);
    if (object?.parties.length !== 1) return undefined;
    objectParty = object.parties[0]!;
    objectIndex = object.end;
  } else if (tokens.at(v + 1)?.lower === of && tokens.at(v + 2)?.kind === 'entity') {
    // "a driver of tumour-cell ferroptosis": cells right before a process name whose process it is.
    const ofCells = tokens.entityType(v + 2) === 'cell' && tokens.entityType(v + 3) === 'process' ? v + 3 : v + 2;
    objectParty = partyOf(tokens.at(ofCells)!);
    objectIndex = ofCells;
  } else if (after?.parties.length === 1 && !after.parties[0]!.inverted) {
    // "the principal importer of non-transferrin-bound iron": words of description before the entry.
    objectParty = after.parties[0]!;
    objectIndex = after.end;
  } else if (tokens.at(objectIndex)?.kind === 'entity') {
    const t = tokens.at(objectIndex)!;
    objectParty = partyOf(t);
  } else {
    return undefined;
  }
  // Adjectives before the noun phrase: "a potent direct GPX4 inhibitor", "an NADH-dependent oxidase".
  let k = (objectIndex < v ? objectIndex : v) - 1;
  for (;;) {
    // "a direct, covalent inhibitor": a comma between two adjectives.
    const adjectives = (at: number): boolean => tokens.kind(at) === 'word' && (/^(direct|indirect|covalent|potent|selective|specific|irreversible|reversible)$/.test(tokens.lower(at)!));
    while (k >= 0 && ((tokens.lower(k) === ',' && adjectives(k - 1) && adjectives(k + 1)) || (tokens.at(k)!.kind === 'word' && (noteModifier(tokens.at(k)!, modifiers) || /^(transcriptional|negative|positive|upstream|downstream|endogenous|physiological|potent|selective|specific|known|well-known|classical|classic|canonical|small|molecule|novel|strong|weak|pharmacological|covalent|irreversible|reversible|bona|fide|key|main|major|central|critical|important|crucial|principal|primary|master|chief|dominant|essential|prominent|leading|most|best|first|only|sole|available|second|third|additional|further|alternative|reference|standard|prototypical|prototype|typical)$/.test(tokens.at(k)!.lower))))) k--;
    // "a positive-control ferroptosis inducer", "a well-known GPX4 inhibitor": a hyphened adjective after the article.
    const hyphened = (at: number): boolean => tokens.kind(at) === 'word' && tokens.lower(at - 1) === '-' && tokens.kind(at - 2) === 'word' && /^(a|an|the)$/.test(tokens.lower(at - 3) ?? '');
    if (tokens.lower(k) === '-' && hyphened(k + 1)) {
      k -= 2;
      break;
    }
    if (hyphened(k)) {
      k -= 3;
      break;
    }
    if (!/^(dependent|independent|responsive|containing|derived|based)$/.test(tokens.lower(k) ?? '') || tokens.lower(k - 1) !== '-' || tokens.kind(k - 2) === 'punct') break;
    k -= 3;
  }
  let subject: Token | undefined;
  // A subject read with what befell it ("starves cells of GSH"), where the token alone would lose that.
  let read: ClaimParty | undefined;
  let start = noun.start;
  let end = noun.end;
  const article = tokens.at(k);
  // Not a class before its examples: "…, direct GPX4 inhibitors such as RSL3".
  const examples = /^(such|including|like|\()$/.test(tokens.lower(Math.max(v, objectIndex) + 1) ?? '');
  const fronted = frontedClassSubject(tokens, k, Math.max(v, objectIndex));
  const plural = examples || fronted ? undefined : listedUnderClass(tokens, k, v, objectIndex) ?? pluralSubjects(tokens, noun, k, modifiers);
  if (fronted) {
    read = fronted;
    subject = { kind: 'entity', lower: '', id: fronted.id, start: fronted.start, end: fronted.end };
    start = tokens.at(k - 1)!.start;
    end = Math.max(objectParty.end, fronted.end);
  } else if (plural) {
    start = Math.min(plural[0]!.start, objectParty.start);
    end = Math.max(end, objectParty.end, plural[plural.length - 1]!.end);
  } else if (article && (/^(a|an|another)$/.test(article.lower) || (/^(our|their|my)$/.test(article.lower) && tokens.lower(k - 1) === 'as') || (article.lower === 'the' && /^(is|are|was|were)$/.test(tokens.lower(k - 1) ?? '') && /^(main|principal|major|primary|chief|only|sole|dominant|key)$/.test(tokens.lower(k + 1) ?? '')) || (article.lower === 'as' && objectIndex > v && /^(acts|act|acted|works|work|worked|serves|served|functions)$/.test(tokens.lower(k - 1) ?? '')))) {
    // "S, a GPX4 inhibitor," or "S is (not) a GPX4 inhibitor" / "S acts as a …"; "S acts as oxidase of X", the
    // article left out; "using RSL3 as our xCT blocker"; "S is the main importer that…".
    let s = article.lower === 'as' ? k : k - 1;
    // "Sulfasalazine, an anti-inflammatory drug and a direct inhibitor of GPX4,": the second of two appositions.
    if (tokens.lower(s) === 'and' && /^(a|an)$/.test(article.lower)) {
      let c = s - 1;
      while (c > s - 7 && c > 0 && (tokens.kind(c) === 'word' || tokens.lower(c) === '-')) c--;
      if (tokens.lower(c) === ',' && /^(a|an)$/.test(tokens.lower(c + 1) ?? '') && tokens.kind(c - 1) === 'entity') s = c;
    }
    // "ferrostatin-1, itself a ferroptosis inducer,": the apposition says "itself" of its entry.
    if (/^(itself|themselves)$/.test(tokens.lower(s) ?? '') && tokens.lower(s - 1) === ',') s--;
    // "S, a GPX4 inhibitor," and "S (a GPX4 inhibitor)": an apposition describes the entry itself, whatever befell
    // it ("in the absence of sulfasalazine, a system Xc⁻ inhibitor").
    // ("ferrostatin-1 (Fer-1; a ferroptosis inducer, 2 µM)": after a short name and a semicolon in parentheses.)
    const apposition = tokens.at(s)?.lower === ',' || tokens.at(s)?.lower === '(' || (tokens.at(s)?.lower === ';' && tokens.kind(s - 1) === 'entity' && tokens.lower(s - 2) === '(');
    // "…halts lipid peroxidation, a second brake on ferroptosis": an apposition that counts is about the whole
    // clause before it, not the entry it follows.
    if (apposition && (article.lower === 'another' || someBetween(tokens, k + 1, v, (t) => ORDINALS.test(t.lower)))) return undefined;
    if (apposition) s--;
    else {
      s = skipLinkLeft(tokens, s, modifiers, ROLE_LINKS);
      // "Erastin — best thought of as a direct GPX4 inhibitor —": a view of it in an aside set off by dashes.
      if (tokens.lower(s) === 'of' && tokens.lower(s - 1) === 'thought') {
        s = skipLinkLeft(tokens, s - 2, modifiers, /^(best|often|usually|commonly|perhaps|still|now)$/);
        if (/^[—–]$/.test(tokens.lower(s) ?? '') && tokens.kind(s - 1) === 'entity') s--;
      }
      // "RSL3, which we used as a system Xc⁻ blocker,": what the writers used is the relative's antecedent.
      if (/^(we|they|i)$/.test(tokens.lower(s) ?? '') && /^(which|that|whom)$/.test(tokens.lower(s - 1) ?? '') && tokens.lower(s - 2) === ',') s -= 3;
    }
    // "Ferrostatin-1, included as a ferroptosis inducer,": the participle's comma ("ferrostatin-1, as a second
    // ferroptosis inducer alongside RSL3": or the comma before "as" alone; "artemisinin, listed as a ferroptosis
    // suppressor", any participle that links a role).
    if (tokens.at(s)?.lower === ',' && tokens.lower(s + 1) !== 'like' && ROLE_LINKS.test(tokens.lower(s + 1) ?? '') && tokens.kind(s - 1) !== 'word') s--;
    // "Ferrostatin-1 (Fer-1, 1 μM), a ferroptosis inducer": the aside after the name parts nothing.
    if (tokens.at(s)?.lower === ')') s = openingParenthesis(tokens, s) - 1;
    // "p53, the product of TP53, is a transcriptional activator of…": an aside between the entry and its verb.
    if (tokens.at(s)?.lower === ',' && s < k - 1) s = skipLeftModifiers(tokens, s, modifiers);
    // "Metformin is listed with the target miR-324-3p/GPX4 as a ferroptosis inducer": an entry named as a
    // target before the role is not what the role is said of.
    if (!apposition && tokens.kind(s) === 'entity' && namedAsTarget(tokens, s)) return undefined;
    // The entry itself; "Erastin, which is a direct GPX4 inhibitor,", the relative clause's antecedent; "…; like
    // RSL3, it acted as a direct inhibitor of GPX4", the earlier subject the pronoun stands for.
    const word = tokens.kind(s) === 'word' ? tokens.lower(s)! : undefined;
    // "Being a transcriptional activator of SLC7A11, p53 raises…": an opening "being" is said of the subject after it.
    const being = tokens.lower(k - 1) === 'being' && (k === 1 || tokens.kind(k - 2) === 'punct') ? subjectAfterOpening(tokens, Math.max(v, objectIndex)) : undefined;
    if (being) {
      read = partyOf(being);
      subject = being;
      start = tokens.at(k - 1)!.start;
      end = being.end;
    }
    // "in keeping with its mode of action as an inhibitor of system Xc⁻": whose way of acting it is.
    // "in keeping with FSP1's (established) role as a promoter of…", "its role as": whose role it is ("FSP1's
    // function as", where the link words were passed).
    const owner = word === 'action' && tokens.lower(s - 1) === 'of' && /^(mode|mechanism|modes|mechanisms)$/.test(tokens.lower(s - 2) ?? '') ? s - 3 : word !== undefined && ROLE_NOUNS.test(word) ? possessorBefore(tokens, s) : word === 's' ? possessorBefore(tokens, s + 1) : -1;
    // "NRF2 signalling is a driver of…", "GPX4 loss is an inducer of…": the entry with the word after it that keeps
    // or reverses it.
    const withWordAfter = word !== undefined && (KEEPING_POST.has(word) || INVERTING_POST.has(word)) && tokens.kind(s - 1) === 'entity' ? readPartiesLeft(tokens, s) : undefined;
    const named =
      tokens.kind(s) === 'entity'
        ? // "anything that starves cells of GSH is…": what is said of the entry's loss is read with it.
          // "the role of p53 as an activator of SLC7A11": the role is the entry's own.
          tokens.lower(s - 1) === 'of' && !apposition && !ROLE_NOUNS.test(tokens.lower(s - 2) ?? '')
          ? readPartiesLeft(tokens, s)
          : [partyOf(tokens.at(s)!)]
        : withWordAfter ?? (word === undefined
          ? undefined
          : /^(its|their)$/.test(tokens.lower(owner) ?? '')
            ? ownerOf(tokens, owner, verbs)
            : tokens.kind(owner) === 'entity'
              ? [partyOf(tokens.at(owner)!)]
              : CLAUSE_INTRODUCERS.has(word) && s < k - 1
                ? relativeAntecedent(tokens, s)
                : pronounAntecedent(tokens, s, verbs));
    if (!being && named?.length === 1) {
      const [party] = named;
      read = party;
      subject = { kind: 'entity', lower: '', id: party!.id, start: party!.start, end: party!.end };
      start = subject.start;
      end = Math.max(end, objectParty.end);
    }
  } else if (article && article.lower === 'the' && (objectIndex > v || !nameAfter(tokens, v)) && (headOfParenthesis(tokens, k - 1) >= 0 || (/^[,—–:]$/.test(tokens.at(k - 1)?.lower ?? '') && tokens.at(namedBefore(tokens, k - 2))?.kind === 'entity'))) {
    // "GPX4, the main driver of ferroptosis,", "Ferroportin (FPN1), the principal iron importer,", a glossary's
    // "SLC40A1 (ferroportin) — the main importer of iron", "Transferrin receptor 1 (TFR1, CD71; the main
    // exporter of iron)"
    const head = headOfParenthesis(tokens, k - 1);
    subject = tokens.at(head >= 0 ? head : namedBefore(tokens, k - 2))!;
    start = subject.start;
    end = Math.max(end, objectParty.end);
  } else if (article && article.lower === 'the' && (objectIndex > v || !nameAfter(tokens, v)) && linkedSubject(tokens, k - 1, modifiers) !== undefined) {
    // "Ferroportin serves as (is) the principal importer of iron", "… is the principal iron importer"
    subject = linkedSubject(tokens, k - 1, modifiers)!;
    start = subject.start;
    end = Math.max(end, objectParty.end);
  } else if (article && /^(the)$/.test(article.lower) || objectIndex < v) {
    // "the GPX4 inhibitor RSL3", "GPX4 inhibitors such as RSL3", "GPX4 inhibitors (e.g. RSL3)"
    let s = v + 1;
    if (tokens.at(s)?.lower === 'such' && tokens.at(s + 1)?.lower === 'as') s += 2;
    else if (tokens.at(s)?.lower === '(') {
      s++;
      if (tokens.at(s)?.lower === 'e' && tokens.at(s + 1)?.lower === '.') s += 4; // e.g.,
    }
    if (tokens.at(s)?.kind === 'entity' && objectIndex < v) {
      subject = tokens.at(s)!;
      start = objectParty.start;
      end = subject.end;
    }
  }
  const subjects = plural ?? (read && subject?.id === read.id ? [read] : subject && [partyOf(subject)]);
  if (!subjects) return undefined;
  // "RSL3 (a system Xc⁻ inhibitor)": the range takes in the closing parenthesis.
  if (tokens.lower(v + 1) === ')' && end === noun.end) end = tokens.at(v + 1)!.end;
  return newClaim(
    {
      subjects,
      objects: [objectParty],
      effect: verb.effect,
      negated: modifiers.negated,
      form: ClaimForm.Agent,
      start,
      end,
      verb: { start: noun.start, end: noun.end, verb, slot: 'agent' },
    },
    modifierFields(modifiers),
  );
}

/**
 * "As a direct inhibitor of GPX4, erastin induces…": a class opening the sentence with "as a", whose phrase ends
 * at `last`, describes the one entry after its comma.
 */
function frontedClassSubject(tokens: Tokens, article: number, last: number): ClaimParty | undefined {
  if (!/^(a|an)$/.test(tokens.lower(article) ?? '') || !/^(as|for)$/.test(tokens.lower(article - 1) ?? '')) return undefined;
  // "As expected for a direct GPX4 inhibitor,", "Consistent with its role as a…,": a few words open the phrase.
  let open = article - 2;
  while (open >= 0 && open > article - 7 && tokens.kind(open) === 'word' && /^(as|expected|consistent|in|keeping|line|with|its|role|typical|of|befits|like|any|other)$/.test(tokens.lower(open)!)) open--;
  if (open >= 0 && tokens.kind(open) !== 'punct') return undefined;
  if (tokens.lower(article - 1) === 'for' && tokens.lower(article - 2) !== 'expected') return undefined;
  if (tokens.lower(last + 1) !== ',' || tokens.kind(last + 2) !== 'entity') return undefined;
  const named = readPartiesRight(tokens, last + 2);
  return named?.parties.length === 1 ? named.parties[0] : undefined;
}

/**
 * "System Xc⁻ inhibitors: erastin and RSL3", a list's heading class before a colon at the start of its line: the
 * compounds after the colon are of that class.
 */
function listedUnderClass(tokens: Tokens, k: number, v: number, objectIndex: number): ClaimParty[] | undefined {
  if (objectIndex >= v || tokens.lower(v + 1) !== ':' || (k >= 0 && tokens.kind(k) !== 'punct')) return undefined;
  const members = readPartiesRight(tokens, v + 2);
  if (!members) return undefined;
  // "erastin (10 µM) and RSL3 (1 µM)": one class for all; a member that is not a compound makes no list of them.
  const compounds = members.parties.filter((p) => tokens.entityType(tokens.indexStartingAt(p.start)) === 'compound');
  return compounds.length === members.parties.length ? compounds : undefined;
}

/** Whether the entry at `at` (with entries joined to it by "/") is named as a target ("with the target X/Y"). */
function namedAsTarget(tokens: Tokens, at: number): boolean {
  let k = at;
  while (k > 1 && tokens.lower(k - 1) === '/' && tokens.kind(k - 2) === 'entity') k -= 2;
  return /^(target|targets)$/.test(tokens.lower(k - 1) ?? '');
}

/** The entry before "is", "serves as", "acts as" that ends at `at`, reading leftwards; undefined if none stands there. */
function linkedSubject(tokens: Tokens, at: number, modifiers: Modifiers): Token | undefined {
  let s = at;
  const from = s;
  // "…was understood (described, modelled) as the principal importer": a view of it, written as a link.
  s = skipLinkLeft(tokens, s, modifiers, /^(acts|act|acted|as|serves|serve|served|functions|function|functioned|remains|remain|described|understood|regarded|considered|viewed|seen|characteri[sz]ed|known|identified|recogni[sz]ed|modell?ed|implemented|treated|cast|depicted|portrayed|established|defined|conceived|pictured|represented|encoded|long|once|early|first|initially|originally|chosen|selected|picked)$/);
  if (s === from) return undefined;
  // "Ferroportin (FPN), abundant on macrophages, …, serves as": past an aside.
  if (tokens.lower(s) === ',' || tokens.lower(s) === ')') {
    const past = skipLeftModifiers(tokens, s, modifiers);
    // "…used RSL3 (1 µM), chosen as…": a participle set off after the entry (and its dose).
    s = tokens.kind(past) === 'entity' || tokens.lower(s) !== ',' ? past : skipLeftModifiers(tokens, s - 1, modifiers);
  }
  return s >= 0 && tokens.kind(s) === 'entity' ? tokens.at(s) : undefined;
}

/**
 * The subjects of a plural agent noun whose noun phrase begins after `k`: "FIN56 and FINO2, (both) inhibitors of
 * GPX4,", "RSL3 and ML162 are (both) GPX4 inhibitors".
 */
function pluralSubjects(tokens: Tokens, noun: Token, k: number, modifiers: Modifiers): ClaimParty[] | undefined {
  if (!noun.lower.endsWith('s')) return undefined;
  let s = k;
  // "ML162 and FIN56 (two blockers of…)", "…, both inhibitors of…"
  if (/^(both|all|two|three)$/.test(tokens.lower(s) ?? '')) s--;
  if (tokens.lower(s) === ',' || tokens.lower(s) === '(') s--;
  else {
    const from = s;
    s = skipLinkLeft(tokens, s, modifiers, ROLE_LINKS);
    if (s === from) return undefined;
    // "Erastin and ferrostatin-1 were both included as…"
    if (/^(both|all)$/.test(tokens.lower(s) ?? '')) s = skipLinkLeft(tokens, s - 1, modifiers, ROLE_LINKS);
    // "Erastin and sulfasalazine, the first inducers to be catalogued, were classed as…": past an aside.
    if (tokens.lower(s) === ',') {
      const past = skipLeftModifiers(tokens, s, modifiers);
      if (tokens.kind(past) === 'entity') s = past;
    }
  }
  // "erastin and sorafenib, which act as direct GPX4 inhibitors,": the relative clause's antecedents.
  if (tokens.kind(s) === 'word' && CLAUSE_INTRODUCERS.has(tokens.lower(s)!)) return relativeAntecedent(tokens, s);
  // "ferrostatin-1 (Fer-1, 1 µM) were both included as…": the aside after the last entry.
  const aside = entryBeforeAside(tokens, s);
  if (aside >= 0) s = aside;
  return s >= 0 && tokens.kind(s) === 'entity' ? readPartiesLeft(tokens, s) : undefined;
}

/** "GPX4 is the direct target of erastin": erastin acts on GPX4 itself. */
export function readTargetClaim(tokens: Tokens, v: number, verbs: VerbIndex): Claim | undefined {
  const direct = tokens.at(v - 1)?.lower === 'direct' ? tokens.at(v - 1)! : undefined;
  const article = tokens.at(direct ? v - 2 : v - 1);
  if (!article || !/^(the|a|an)$/.test(article.lower) || tokens.at(v + 1)?.lower !== 'of' || tokens.at(v + 2)?.kind !== 'entity') return undefined;
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, (direct ? v - 3 : v - 2), modifiers);
  const objects = readPartiesLeft(tokens, left);
  const subject = tokens.at(v + 2)!;
  const verb = verbOf(verbs, 'inhibit');
  if (!objects || !direct || !verb) return undefined;
  return newClaim(
    {
      subjects: [partyOf(subject)],
      objects,
      effect: 'negative',
      negated: modifiers.negated,
      form: ClaimForm.Agent,
      start: objects[0]!.start,
      end: subject.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'state' },
    },
    { directness: 'direct', directnessWord: { start: direct.start, end: direct.end } },
  );
}

/** Walks left from `s` over a copula, the link words `links` matches ("acts as"), modifiers and adverbs. */
/** Words that link an entry to the role its agent noun names: "acts as", "was used (here) as", "served as". */
/** Words that count an entry among others of its kind: "a second brake", "a further inhibitor". */
const ORDINALS = /^(second|third|additional|further|alternative)$/;

/** Nouns for what an entry is or does, before "of" and the entry: "the role of p53 as an activator". */
const ROLE_NOUNS = /^(role|roles|function|functions|capacity|status|identity|use|utility|value|place|reputation)$/;

/** Words of standing between a possessor and its role: "FSP1's established role as". */
const ROLE_STANDING = /^(established|known|well-known|central|key|main|primary|major|classic|classical|canonical|recogni[sz]ed|documented|usual|dual)$/;

/** The owner of the role noun at `at`: the entry before "'s" or the "its" (their) before it, or -1. */
function possessorBefore(tokens: Tokens, at: number): number {
  let j = at - 1;
  while (j > 0 && ROLE_STANDING.test(tokens.lower(j) ?? '')) j--;
  return /^(its|their)$/.test(tokens.lower(j) ?? '') ? j : possessiveEntry(tokens, j);
}

const ROLE_LINKS = /^(itself|themselves|acts|act|acted|doubles|double|doubled|doubling|works|work|worked|as|like|serves|serve|served|functions|function|functioned|remains|remain|used|employed|applied|added|given|included|acting|serving|functioning|behaves|behave|behaved|here|throughout|annotated|classified|classed|considered|designated|labelled|labeled|regarded|described|modelled|modeled|encoded|represented|viewed|categori[sz]ed|identified|defined|known|curated|listed|characteri[sz]ed|depicted|drawn|portrayed|recogni[sz]ed|understood|implemented|treated|conceived|pictured|established|cast|chosen|selected|picked|simulated|parameteri[sz]ed|entered|introduced|presented|billed|touted|grouped|lumped|counted|ranked)$/;

function skipLinkLeft(tokens: Tokens, s: number, modifiers: Modifiers, links: RegExp): number {
  for (;;) {
    while (s >= 0 && tokens.kind(s) === 'word' && (BE.has(tokens.lower(s)!) || links.test(tokens.lower(s)!) || noteModifier(tokens.at(s)!, modifiers) || ADVERBS.has(tokens.lower(s)!))) s--;
    // "Sorafenib is in fact a direct GPX4 inhibitor": the writer's emphasis.
    if (/^(fact|truth|reality)$/.test(tokens.lower(s) ?? '') && tokens.lower(s - 1) === 'in') {
      s -= 2;
      continue;
    }
    // "was used at 1 µM as": a dose between the verb and "as".
    const dose = s >= 0 && tokens.kind(s) === 'word' ? doseBefore(tokens, s, false) : -1;
    if (dose < 0) return s;
    s = dose - 1;
  }
}
