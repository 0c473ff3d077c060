/**
 * Checks claims against the curated lexicon: relations between the two entries, and for ferroptosis the
 * entry's role. A claim contradicts when the curated relations between its subject and object all have the
 * opposite sign, when it says "directly" where the literature says the effect is indirect, or when it names
 * the wrong direction of transport. A negated contradiction is a correct claim, and vice versa. Relations
 * marked context-dependent, and FerrDb roles listed both ways, are never flagged.
 */
import { ClaimForm, isPlace, placesAgree, UNNAMED_GENE, type Claim, type ClaimParty } from '../claims';
import type { Predicate, PredicateInfo, VerbClass } from '../lexicon/lexicon';
import { FERROPTOSIS, type CuratedRelation, type RelationIndex } from './relationIndex';

export interface Contradiction {
  readonly claim: Claim;
  readonly subject: ClaimParty;
  readonly object: ClaimParty;
  /** The curated relation the claim contradicts (or, for a role, one built from the entry). */
  readonly relation: CuratedRelation;
  readonly kind: 'sign' | 'directness' | 'transport' | 'reaction' | 'target' | 'definition' | 'state' | 'location' | 'differentiation' | 'composition';
  /** The compound as written, where the subject is the loss it stands for ("deferoxamine" for the loss of iron). */
  readonly standIn?: ClaimParty;
  /** Prose range of the claim's sentence and the one before it, where the checker found it. */
  readonly sentence?: { readonly from: number; readonly end: number };
}

export function checkClaim(claim: Claim, relations: RelationIndex): Contradiction[] {
  if (claim.effect === 'located') return checkLocation(claim, relations);
  if (claim.effect === 'composed') return checkComposition(claim, relations);
  if (claim.effect === 'kind-of') return checkKind(claim, relations);
  if (claim.differentiation) return checkDifferentiation(claim, relations);
  // "turned M1 macrophages into M2 macrophages": making a state of cells raises it, using one up lowers it.
  if ((claim.effect === 'produce' || claim.effect === 'consume') && claim.objects.length > 0 && claim.objects.every((o) => relations.isState(o.id))) {
    return checkClaim({ ...claim, effect: claim.effect === 'produce' ? 'positive' : 'negative' }, relations);
  }
  const found: Contradiction[] = [];
  if (claim.limiting) {
    // "Glutamate is the rate-limiting amino acid for GSH synthesis": the curated limiting one is another.
    for (const subject of claim.subjects) {
      const limiting = relations.rateLimitingOf(subject.id);
      for (const object of claim.objects) {
        if (limiting && !claim.negated && !subject.inverted && object.id !== limiting.object) found.push({ claim, subject, object, relation: limiting, kind: 'definition' });
        // "Cysteine is not the rate-limiting amino acid…": the curated one, denied.
        if (limiting && claim.negated && !subject.inverted && object.id === limiting.object) found.push({ claim, subject, object, relation: limiting, kind: 'definition' });
      }
    }
    return found;
  }
  for (const subject of claim.subjects) {
    for (const read of claim.objects) {
      const object = relations.standsFor(read);
      if (subject.id === object.id) continue;
      const verdict =
        neededLoss(claim, subject, object, relations) ??
        judge(claim, subject, object, relations.between(subject.id, object.id), relations) ??
        (claim.effect === 'consume' ? relations.earlierStep(subject, object) ?? relations.laterProduct(subject, object) : undefined) ??
        (claim.effect === 'positive' || claim.effect === 'negative' ? judge(claim, subject, object, relations.peroxidationProxy(subject.id, object.id), relations) : undefined);
      // "Deferoxamine made their death worse": a compound that stands for a loss is judged as that loss, where no
      // relation of its own settles the claim.
      const lost = verdict ? undefined : relations.lossStoodFor(subject);
      const lossVerdict = lost && lost.id !== object.id ? judge(claim, lost, object, relations.between(lost.id, object.id), relations) : undefined;
      if (verdict) found.push({ claim, subject, object, ...verdict });
      else if (lost && lossVerdict) found.push({ claim, subject: lost, object, ...lossVerdict, standIn: subject });
      else if (subject.cause && subject.cause !== object.id) {
        // "Erastin-induced lipid peroxidation raises BMP expression": erastin's relation through lipid peroxidation.
        // Only relations through something: through this party, or indirect ones ("CD36-mediated fatty-acid uptake
        // protects T cells from lipid peroxidation" against "CD36 induces lipid peroxidation, through the lipids").
        const through = relations.between(subject.cause, object.id).filter((r) => r.relation?.via === subject.id || r.direct === false);
        // "erastin-mediated GSH depletion": the depletion is what erastin does, so erastin itself is not reversed.
        const cause = { ...subject, id: subject.cause, inverted: false };
        const byCause = through.length > 0 ? judge(claim, cause, object, through, relations) : undefined;
        if (byCause) found.push({ claim, subject: cause, object, ...byCause });
      } else {
        const harmed = sensitiveCells(claim, subject, read, relations);
        if (harmed) found.push(harmed);
      }
    }
  }
  return claim.subjects.some((s) => s.together) ? wrongForEach(claim, found) : found;
}

/**
 * "Human PBMCs were highly sensitive to erastin": cells sensitive to a compound are harmed by it, which contradicts
 * a curated effect of the compound that raises those cells. Only sensitivity, not resistance: that a compound
 * spares cells says nothing against what else it does to them.
 */
function sensitiveCells(claim: Claim, cells: ClaimParty, read: ClaimParty, relations: RelationIndex): Contradiction | undefined {
  if (claim.effect !== 'positive' || claim.negated || cells.inverted || !read.effectOf || read.inverted) return undefined;
  if (relations.entry(cells.id)?.type !== 'cell' || relations.entry(read.id)?.type !== 'compound') return undefined;
  const compound = { ...read, effectOf: false };
  // Read as the compound raising the cells' loss, which the reading says as "lowers".
  const lost = { ...cells, inverted: true };
  const harm: Claim = { ...claim, subjects: [compound], objects: [lost] };
  const verdict = judge(harm, compound, lost, relations.between(compound.id, cells.id), relations);
  return verdict && { claim: harm, subject: compound, object: lost, ...verdict };
}

/**
 * What a change made to several entries at once does ("combined deletion of Gpx4 and Acsl4 protected cells") is
 * wrong only where it is wrong for each of them: otherwise the one whose loss does it may be the other.
 */
function wrongForEach(claim: Claim, found: Contradiction[]): Contradiction[] {
  return found.filter((c) => claim.subjects.every((s) => found.some((d) => d.subject.id === s.id && d.object.id === c.object.id)));
}

/**
 * "FSP1 is anchored to the inner mitochondrial membrane": a place that is neither the curated one nor within it
 * (nor around it) contradicts; "FSP1 is not at the plasma membrane" denies the curated one.
 */
function checkLocation(claim: Claim, relations: RelationIndex): Contradiction[] {
  const found: Contradiction[] = [];
  for (const subject of claim.subjects) {
    const entry = relations.entry(subject.id);
    const location = entry?.location;
    if (!entry || !location) continue;
    for (const object of claim.objects) {
      if (!isPlace(object.id) || placesAgree(object.id, location.value) === !claim.negated) continue;
      const relation: CuratedRelation = { subject: subject.id, predicate: 'binds', object: location.value, contextDependent: false, text: location.text, refs: location.refs, entry };
      found.push({ claim, subject, object, relation, kind: 'location' });
    }
  }
  return found;
}

/**
 * "System Xc⁻, a heterodimer of SLC7A11 and SLC1A5": where the lexicon curates a complex's composition, its
 * `members` are all its parts, so a gene named as another part contradicts; so does "a homodimer of SLC7A11",
 * which leaves a member out.
 */
function checkComposition(claim: Claim, relations: RelationIndex): Contradiction[] {
  const found: Contradiction[] = [];
  for (const named of claim.subjects) {
    // "SLC7A11 pairs with SLC1A5": a part named as the whole stands for the one complex with a curated make-up it is in.
    const complexes = relations.entry(named.id)?.composition ? [] : relations.familiesOf(named.id).filter((id) => relations.entry(id)?.composition);
    const subject = complexes.length === 1 ? { ...named, id: complexes[0]! } : named;
    const entry = relations.entry(subject.id);
    const composition = entry?.composition;
    if (!entry || !composition || claim.negated) continue;
    const relation = (object: string): CuratedRelation => ({ subject: subject.id, predicate: 'binds', object, contextDependent: false, text: composition.text, refs: composition.refs, entry });
    const foreign = claim.objects.filter((o) => !entry.members.includes(o.id) && (relations.entry(o.id)?.type === 'gene' || o.id.startsWith(UNNAMED_GENE)));
    for (const object of foreign) found.push({ claim, subject, object, relation: relation(object.id), kind: 'composition' });
    const missing = entry.members.filter((m) => !claim.objects.some((o) => o.id === m));
    if (claim.onlyParts && foreign.length === 0 && missing.length > 0) found.push({ claim, subject, object: claim.objects[0]!, relation: relation(missing[0]!), kind: 'composition' });
  }
  return found;
}

/** "Ferroptosis is a subtype of apoptosis": a process said to be a kind of one it is curated to be distinct from. */
function checkKind(claim: Claim, relations: RelationIndex): Contradiction[] {
  if (claim.negated) return [];
  const found: Contradiction[] = [];
  for (const subject of claim.subjects) {
    for (const object of claim.objects) {
      const distinct = relations.between(subject.id, object.id).find((r) => r.predicate === 'distinct-from');
      if (distinct) found.push({ claim, subject, object, relation: distinct, kind: 'definition' });
    }
  }
  return found;
}

/**
 * "Erastin drives human PBMCs to differentiate into T cells": the cells a subject's curated differentiations give
 * (`differentiation_of`) are all it gives, so another type named contradicts. Said of erastin-induced lipid
 * peroxidation, it is judged as erastin's.
 */
function checkDifferentiation(claim: Claim, relations: RelationIndex): Contradiction[] {
  if (claim.negated) return [];
  const found: Contradiction[] = [];
  for (const party of claim.subjects) {
    const subject = relations.differentiations(party.id).length > 0 || !party.cause ? party : { ...party, id: party.cause, inverted: false };
    const curated = relations.differentiations(subject.id);
    if (curated.length === 0 || subject.inverted) continue;
    for (const object of claim.objects) {
      if (object.inverted || curated.some((r) => r.object === object.id)) continue;
      const cells = (id: string | undefined): string => {
        const name = (id && relations.entry(id)?.label) || id || '';
        return /s$/.test(name) ? name : `${name}s`;
      };
      const driver = relations.entry(subject.id)?.label ?? subject.id;
      const holder = cells(curated[0]!.relation?.differentiationOf);
      const text = `${driver[0]!.toUpperCase()}${driver.slice(1)} makes ${holder} differentiate into ${curated.map((r) => cells(r.object)).join(' and ')}, not into ${cells(object.id)}.`;
      const relation: CuratedRelation = { subject: subject.id, predicate: 'increases', object: object.id, contextDependent: false, text, refs: [...new Set(curated.flatMap((r) => r.refs))], entry: relations.entry(subject.id) };
      found.push({ claim, subject, object, relation, kind: 'differentiation' });
    }
  }
  return found;
}

/**
 * "M1 polarisation depended on reduced ROS production", "ferroptosis required the loss of iron": needing the loss
 * of what the literature has the subject need, or has raising it, is the relation backwards; "M1 polarisation is
 * independent of ROS" denies that what raises it is needed.
 */
function neededLoss(claim: Claim, subject: ClaimParty, object: ClaimParty, relations: RelationIndex): { relation: CuratedRelation; kind: Contradiction['kind'] } | undefined {
  // "The M1 skewing is independent of ROS" denies a need the same way: of what raises the subject, not its loss.
  if (claim.effect !== 'requires' || object.inverted === claim.negated || subject.inverted || claim.comparison) return undefined;
  const needed = relations.between(subject.id, object.id).filter((r) => r.predicate === 'requires');
  // A curated need is judged as such (`judge`).
  if (claim.negated && needed.length > 0) return undefined;
  const raising = relations.between(object.id, subject.id);
  // A relation that says otherwise, or one that holds only in some contexts, leaves the reading undecided.
  if ([...needed, ...raising].some((r) => r.contextDependent) || raising.some((r) => relations.sign(r.predicate) === -1)) return undefined;
  const relation = needed[0] ?? raising.find((r) => relations.sign(r.predicate) === 1);
  return relation && { relation, kind: 'sign' };
}

function judge(
  claim: Claim,
  subject: ClaimParty,
  object: ClaimParty,
  curated: readonly CuratedRelation[],
  relations: RelationIndex,
): { relation: CuratedRelation; kind: Contradiction['kind'] } | undefined {
  if (curated.length === 0 || curated.some((r) => r.contextDependent)) return undefined;
  if (claim.effect === 'affects') {
    // "X did not alter Y" denies any effect: wrong where the lexicon curates one, in either direction. "X alters Y"
    // says too little to be wrong. Not an indirect effect: "erastin had no effect on GPX4 protein levels" is true
    // of a compound that lowers GPX4's activity only by starving it of GSH.
    const effect = curated.find((r) => !r.notATarget && r.direct !== false && (relations.sign(r.predicate) !== undefined || r.predicate === 'regulates'));
    return claim.negated && effect ? { relation: effect, kind: 'sign' } : undefined;
  }
  if (claim.effect === 'names') {
    const otherState = curated.find((r) => r.otherState);
    return otherState && !claim.negated ? { relation: otherState, kind: 'definition' } : undefined;
  }
  const wrongState = curated.find((r) => r.wrongState);
  if (wrongState) {
    // Only the effect the other state has, said of this one, is wrong; the opposite is not curated either way.
    const sign = (claim.effect === 'positive' ? 1 : claim.effect === 'negative' ? -1 : 0) * (subject.inverted ? -1 : 1) * (object.inverted ? -1 : 1);
    return sign === relations.sign(wrongState.predicate) && !claim.negated ? { relation: wrongState, kind: 'state' } : undefined;
  }
  if (claim.effect === 'binds') {
    // "Erastin binds GPX4": acting on the object itself, where the literature has an indirect effect only, or a
    // tool compound on what is not its target. A denial, or a relation that binds or is direct, agrees.
    if (subject.inverted || object.inverted) return undefined;
    const notATarget = curated.find((r) => r.notATarget);
    if (claim.negated) {
      // "RSL3 does not bind GPX4": denying that a subject acts on what the literature has it act on directly.
      const direct = curated.find((r) => r.direct === true && relations.sign(r.predicate) !== undefined);
      return direct && !notATarget ? { relation: direct, kind: 'directness' } : undefined;
    }
    if (notATarget) return { relation: notATarget, kind: 'target' };
    const signed = curated.filter((r) => relations.sign(r.predicate) !== undefined || r.predicate === 'binds');
    if (signed.length === 0 || signed.some((r) => r.direct !== false)) return undefined;
    return { relation: signed[0]!, kind: 'directness' };
  }
  const notATarget = curated.find((r) => r.notATarget);
  if (notATarget) {
    // Only an effect that lowers its target is a claim of a target ("RSL3 blocks system Xc⁻"); a denial is right.
    // "RSL3 caused inhibition of system Xc⁻" lowers it as well.
    const lowers = !subject.inverted && (claim.effect === 'negative' ? !object.inverted : claim.effect === 'positive' && object.inverted);
    return lowers && !claim.negated ? { relation: notATarget, kind: 'target' } : undefined;
  }
  if (claim.effect === 'requires' && claim.comparison) {
    // "Cancer cells are less reliant on iron than normal cells": the curated comparison says more.
    const compared = !subject.inverted && !object.inverted && curated.find((r) => r.predicate === 'requires' && r.relation?.comparedWith);
    return compared && (claim.comparison === 'less') !== claim.negated ? { relation: compared, kind: 'sign' } : undefined;
  }
  const weighed = weigh(claim, subject, object, curated, relations);
  if (!weighed) return undefined;
  const { contradicted, supported } = weighed;
  if (!claim.negated) return contradicted;
  // "X does not promote Y": true exactly when "X promotes Y" is false.
  if (contradicted) return undefined;
  return supported ? { relation: supported, kind: 'sign' } : undefined;
}

/**
 * The curated relation that backs an asserted claim, where the claim agrees with the lexicon outright: not denied,
 * not a special case (an effect denied, a name, a state, a binding, a compound's non-target), and contradicted by no
 * relation between the same two entries. For `uncited-claim` (features/uncitedClaims.ts).
 */
export function supportOf(claim: Claim, relations: RelationIndex): { subject: ClaimParty; object: ClaimParty; relation: CuratedRelation } | undefined {
  if (claim.negated || claim.limiting || claim.differentiation || claim.effect === 'affects' || claim.effect === 'names' || claim.effect === 'binds' || claim.effect === 'located' || claim.effect === 'composed' || claim.effect === 'kind-of') return undefined;
  for (const subject of claim.subjects) {
    for (const read of claim.objects) {
      const object = relations.standsFor(read);
      if (subject.id === object.id) continue;
      const curated = relations.between(subject.id, object.id);
      if (curated.length === 0 || curated.some((r) => r.contextDependent || r.notATarget || r.wrongState || r.otherState)) continue;
      const weighed = weigh(claim, subject, object, curated, relations);
      if (weighed?.supported && !weighed.contradicted && weighed.supported.refs.length > 0) return { subject, object, relation: weighed.supported };
    }
  }
  return undefined;
}

/**
 * The claim against the curated relations between its two parties, as if it were not negated: the relation it
 * contradicts and the one it agrees with, either or both; undefined where they say nothing of it.
 */
function weigh(
  claim: Claim,
  subject: ClaimParty,
  object: ClaimParty,
  curated: readonly CuratedRelation[],
  relations: RelationIndex,
): { contradicted?: { relation: CuratedRelation; kind: Contradiction['kind'] }; supported?: CuratedRelation } | undefined {
  let contradicted: { relation: CuratedRelation; kind: Contradiction['kind'] } | undefined;
  let supported: CuratedRelation | undefined;

  if (claim.effect === 'produce') {
    // "S converts A into B": backwards when B is what S is curated to consume.
    if (subject.inverted || object.inverted) return undefined;
    supported = curated.find((r) => r.predicate === 'produces');
    const consumed = curated.find((r) => relations.predicates.get(r.predicate)?.consumes);
    if (!supported && consumed) contradicted = { relation: consumed, kind: 'reaction' };
  } else if (claim.effect === 'consume') {
    // "ACSL4 re-esterifies PUFA-CoA into phospholipids": backwards when S is curated to make what it is said to use.
    if (subject.inverted || object.inverted) return undefined;
    supported = curated.find((r) => relations.predicates.get(r.predicate)?.consumes);
    const made = curated.find((r) => r.predicate === 'produces');
    if (!supported && made) contradicted = { relation: made, kind: 'reaction' };
  } else if (claim.effect === 'requires') {
    // Dependence: "GPX4 does not require GSH" denies a curated requirement; a requirement the lexicon does not
    // curate is no contradiction either way.
    if (subject.inverted || object.inverted) return undefined;
    supported = curated.find((r) => r.predicate === 'requires');
    // A comparison is judged by `judge` itself.
    if (!supported || claim.comparison) return undefined;
  } else if (claim.effect === 'oxidize') {
    // Chemistry: oxidizing what the literature says the subject reduces is the reaction run backwards.
    if (subject.inverted || object.inverted) return undefined;
    supported = curated.find((r) => r.predicate === 'oxidizes');
    // Oxidizing what S reduces, or what S makes by a reduction ("GPX4 oxidizes lipid alcohols").
    const reduced = curated.find((r) => r.predicate === 'reduces' || (r.predicate === 'produces' && r.relation?.predicate === 'reduces'));
    if (!supported && reduced) contradicted = { relation: reduced, kind: 'reaction' };
  } else if (claim.effect === 'import' || claim.effect === 'export') {
    // "loss of TFR1-mediated iron export" still says which way TFR1 moves iron: a named activity keeps its
    // direction whatever happens to it.
    if ((subject.inverted && claim.form !== ClaimForm.Nominal) || object.inverted) return undefined;
    const same = curated.find((r) => r.predicate === (claim.effect === 'import' ? 'imports' : 'exports'));
    const opposite = curated.find((r) => r.predicate === (claim.effect === 'import' ? 'exports' : 'imports'));
    if (same) supported = same;
    else if (opposite) contradicted = { relation: opposite, kind: 'transport' };
  } else {
    const sign = (claim.effect === 'positive' ? 1 : -1) * (subject.inverted ? -1 : 1) * (object.inverted ? -1 : 1);
    // The first signed relation that agrees with the claim, and the first that does not; whether every one that
    // agrees is indirect, or every one direct.
    let agree: CuratedRelation | undefined;
    let disagree: CuratedRelation | undefined;
    let allIndirect = true;
    let allDirect = true;
    for (const r of curated) {
      const predicateSign = relations.sign(r.predicate);
      if (predicateSign === undefined) continue;
      if (predicateSign !== sign) {
        disagree ??= r;
        continue;
      }
      agree ??= r;
      if (r.direct !== false) allIndirect = false;
      if (r.direct !== true) allDirect = false;
    }
    if (agree) {
      supported = agree;
      // "Sulfasalazine is not a GPX4 inhibitor": a class names what a compound acts on; denying it of an effect
      // the literature has only indirectly is right.
      if (claim.negated && claim.form === ClaimForm.Agent && allIndirect) return undefined;
      // "NK cells contribute directly to tumour ferroptosis": of cells, "directly" claims no mechanism.
      const cells = relations.entry(subject.id)?.type === 'cell';
      if (claim.directness === 'direct' && allIndirect && !cells) contradicted = { relation: agree, kind: 'directness' };
      if (claim.directness === 'indirect' && allDirect) contradicted = { relation: agree, kind: 'directness' };
    } else if (disagree) {
      contradicted = { relation: disagree, kind: 'sign' };
    } else {
      return undefined;
    }
  }
  return { ...(contradicted && { contradicted }), ...(supported && { supported }) };
}

/**
 * The verb a fix writes: the curated predicate's verb, in the form the sentence used, and for verbs with a
 * preposition the preposition that goes with it ("sensitizes cells to" → "protects cells against").
 */
export function fixVerb(contradiction: Contradiction, verbs: readonly VerbClass[], predicates: ReadonlyMap<Predicate, PredicateInfo>): { verb: string; preposition?: string } | undefined {
  const { claim, relation } = contradiction;
  // "ACSL4 knockout sensitizes…": with the subject reversed, the right verb is the opposite of the curated one.
  const reversed = contradiction.subject.inverted !== contradiction.object.inverted;
  const predicate = predicates.get(reversed ? predicates.get(relation.predicate)?.opposite ?? relation.predicate : relation.predicate);
  if (!predicate || (reversed && !predicates.get(relation.predicate)?.opposite)) return undefined;
  const lemma = claim.verb.verb.preposition && relation.object === FERROPTOSIS ? predicate.prepositional_verb ?? predicate.verb : predicate.verb;
  if (!lemma) return undefined;
  const target = verbs.find((v) => v.lemma === lemma);
  if (!target) return undefined;
  const slot = claim.verb.slot;
  if (slot === 'state') return undefined; // an adjective of state is swapped for its opposite instead (`oppositeState`)
  const original = claim.verb.verb;
  let replacement: string | undefined;
  if (slot === 'agent') replacement = target.agent;
  else if (slot === 'action') replacement = target.action;
  else replacement = target.forms[slot];
  if (!replacement) return undefined;
  if (!original.preposition) return { verb: replacement };
  // "sensitizes cells to ferroptosis" → "protects cells against ferroptosis" keeps the sentence grammatical.
  if (!target.preposition || !claim.preposition) return undefined;
  return { verb: replacement, preposition: target.preposition };
}
