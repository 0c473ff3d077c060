/**
 * The curated relations as the checker asks for them: by subject and object, with the relations the lexicon implies
 * (an entry's role in ferroptosis, a reaction's product, the states of cells), and the tool compounds' exclusive
 * targets. Built once per lexicon.
 */
import type { Carriage, CellEffects, ClaimParty, CuratedReaction, Killers, Polarization, PopulationEffects, SentenceLexicon, ToolTargets } from '../claims';
import type { Entry, Lexicon, Predicate, PredicateInfo, Relation } from '../lexicon/lexicon';

/** A relation from relations.yaml, or one implied by an entry's role in ferroptosis. */
export interface CuratedRelation {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly direct?: boolean;
  readonly contextDependent: boolean;
  readonly text: string;
  readonly refs: readonly string[];
  readonly relation?: Relation;
  readonly entry?: Entry;
  /** Made for a compound with exclusive targets and a known target it does not act on ("RSL3 inhibits system Xc⁻"). */
  readonly notATarget?: boolean;
  /** Made for two states of one entry that a definition gives as one ("classically activated (M2)"). */
  readonly otherState?: boolean;
  /** A relation of the other state of the subject's entry, which the subject has none of ("M2 macrophages trigger…"). */
  readonly wrongState?: boolean;
}

export const FERROPTOSIS = 'ferroptosis';
/** The lipid damage that executes ferroptosis, named as a process or as what it makes. */
const PEROXIDATION: ReadonlySet<string> = new Set(['lipid-peroxidation', 'lipid-peroxides', 'lipid-ros']);
/** Entry types whose `role` says what they do to ferroptosis (for cells it says what ferroptosis does to them). */
const ROLE_AGENTS = new Set(['gene', 'complex', 'compound', 'metabolite', 'process']);

export class RelationIndex {
  readonly #bySubject = new Map<string, CuratedRelation[]>();
  /** How each predicate is judged (lexicon/predicates.yaml). */
  readonly predicates: ReadonlyMap<Predicate, PredicateInfo>;
  readonly #lexicon: Lexicon;
  readonly #verdicts = new Map<string, Map<string, boolean>>();
  /**
   * The relations between each pair asked about, kept: a manuscript asks about the same pairs again and again,
   * and a role relation made once is one object, whose explanation the checker makes once.
   */
  readonly #between = new Map<string, Map<string, readonly CuratedRelation[]>>();

  constructor(lexicon: Lexicon) {
    this.#lexicon = lexicon;
    this.predicates = new Map(lexicon.predicates.map((p) => [p.name, p]));
    const states = statesByEntry(lexicon);
    for (const relation of lexicon.relations) {
      if (relation.predicate === 'reduces') this.#reduced.add(relation.object);
      const curated: CuratedRelation = { ...relation, ...(relation.direct !== undefined && { direct: relation.direct }), relation };
      this.#add(curated);
      // "GPX4 reduces L-OOH to L-OH" also says that GPX4 makes L-OH.
      if (relation.product) this.#add({ ...curated, predicate: 'produces', object: relation.product });
      // "X polarizes macrophages to M2" also says that X raises M2 macrophages and lowers M1 macrophages.
      for (const state of states.get(relation.object) ?? []) {
        this.#add({ ...curated, predicate: state.stateOf!.predicate === relation.predicate ? 'increases' : 'decreases', object: state.id });
      }
    }
  }

  /** What the claim reader's frame rules need to know of the curated relations (`claims/rules/*`), made once. */
  factsForFrames(): Pick<SentenceLexicon, 'carriage' | 'cellEffects' | 'polarization' | 'toolTargets' | 'killers' | 'reactions' | 'populations'> {
    return { carriage: this.carriage(), cellEffects: this.cellEffects(), polarization: this.polarization(), toolTargets: this.toolTargets(), killers: this.killers(), reactions: this.reactions(), populations: this.populations() };
  }

  /**
   * Carriers and what each moves across the membrane: the subjects and objects of relations whose predicate's
   * verb is one of transport (imports, exports). Made once, for the claim reader.
   */
  carriage(): Carriage {
    const verbs = new Map(this.#lexicon.verbs.map((v) => [v.lemma, v.effect]));
    const carriers = new Map<string, Set<string>>();
    for (const relation of this.#lexicon.relations) {
      const verb = this.predicates.get(relation.predicate)?.verb;
      const effect = verb && verbs.get(verb);
      if (effect !== 'import' && effect !== 'export') continue;
      addTo(carriers, relation.subject, relation.object);
    }
    return { carriers, cargoes: new Set([...carriers.values()].flatMap((c) => [...c])) };
  }

  /**
   * Agents and the cells each is curated to raise or lower (not to differentiate into): the subjects and cell
   * objects of signed relations. Made once, for the claim reader.
   */
  cellEffects(): CellEffects {
    const effects = new Map<string, Set<string>>();
    for (const { subject, object } of this.#signedCellRelations()) addTo(effects, subject, object);
    return effects;
  }

  /**
   * The curated relations that raise or lower a kind of cells (not differentiation into them), with their sign:
   * what the cell-fate, rescue and population rules read.
   */
  #signedCellRelations(): { subject: string; object: string; sign: 1 | -1 }[] {
    return this.#lexicon.relations.flatMap((r) => {
      const sign = this.sign(r.predicate);
      return sign === undefined || r.differentiationOf || this.entry(r.object)?.type !== 'cell' ? [] : [{ subject: r.subject, object: r.object, sign }];
    });
  }

  /**
   * The agents curated to polarize cells (subjects of relations to an entry with states, such as macrophages), and
   * those states. Made once, for the claim reader.
   */
  polarization(): Polarization {
    const states = statesByEntry(this.#lexicon);
    const agents = new Set(this.#lexicon.relations.filter((r) => states.has(r.object)).map((r) => r.subject));
    return { agents, states: new Set([...states.values()].flatMap((list) => list.map((e) => e.id))) };
  }

  /**
   * The tool compounds' own targets, the targets known to any of them, and the proteins each compound is curated to
   * act on only indirectly. Made once, for the claim reader.
   */
  toolTargets(): ToolTargets {
    const { known, own } = this.#exclusiveTargets();
    const indirect = new Map<string, Set<string>>();
    for (const r of this.#lexicon.relations) {
      if (r.direct !== false || this.sign(r.predicate) !== -1 || this.entry(r.subject)?.type !== 'compound' || !/^(gene|complex)$/.test(this.entry(r.object)?.type ?? '')) continue;
      addTo(indirect, r.subject, r.object);
    }
    return { own, known, indirect };
  }

  /** Agents curated to lower (kill) a kind of cells, and those cells. Made once, for the claim reader. */
  killers(): Killers {
    const killers = new Map<string, Set<string>>();
    for (const { subject, object, sign } of this.#signedCellRelations()) if (sign === -1) addTo(killers, subject, object);
    return killers;
  }

  /** Agents and the sign of their curated effect on each kind of cells. Made once, for the claim reader. */
  populations(): PopulationEffects {
    const effects = new Map<string, Map<string, 1 | -1>>();
    for (const { subject, object, sign } of this.#signedCellRelations()) {
      let cells = effects.get(subject);
      if (!cells) effects.set(subject, (cells = new Map()));
      cells.set(object, sign);
    }
    return effects;
  }

  /** The curated reactions: who turns what into what. Made once, for the claim reader. */
  reactions(): CuratedReaction[] {
    return this.#lexicon.relations.flatMap((r) => (r.product ? [{ enzyme: r.subject, substrate: r.object, product: r.product }] : []));
  }

  #add(relation: CuratedRelation): void {
    if (relation.relation?.product && relation.predicate === relation.relation.predicate && this.predicates.get(relation.predicate)?.consumes) {
      this.#consumers.set(relation.object, [...(this.#consumers.get(relation.object) ?? []), relation]);
    }
    if (relation.relation?.rateLimiting && relation.predicate === 'requires') this.#rateLimiting.set(relation.subject, relation);
    if (relation.predicate === 'produces') this.#madeBy.set(relation.object, relation.subject);
    let list = this.#bySubject.get(relation.subject);
    if (!list) this.#bySubject.set(relation.subject, (list = []));
    list.push(relation);
  }

  /** 1 if the predicate raises its object, -1 if it lowers it, undefined if it has no such direction. */
  sign(predicate: Predicate): 1 | -1 | undefined {
    return this.predicates.get(predicate)?.sign;
  }

  /** Whether some curated relation reduces `id` in the redox sense ("DHODH reduces CoQ10"). */
  isReduced(id: string): boolean {
    return this.#reduced.has(id);
  }

  /** What curated relations reduce in the redox sense, by id. */
  readonly #reduced = new Set<string>();

  /** The lexicon's entry `id`. */
  entry(id: string): Entry | undefined {
    return this.#lexicon.entries.get(id);
  }

  /** What a compound named as an effect stands for ("sensitive to erastin"): ferroptosis, for an inducer of it. */
  effectOf(id: string): string | undefined {
    const entry = this.#lexicon.entries.get(id);
    return entry?.type === 'compound' && entry.role?.value === 'inducer' ? FERROPTOSIS : undefined;
  }

  /**
   * The party a claim's object stands for when it is named as an effect: "sensitizes cells to erastin" to the
   * ferroptosis erastin induces, "to GPX4 inhibition" to the ferroptosis that losing GPX4 brings (itself not lost).
   */
  standsFor(party: ClaimParty): ClaimParty {
    if (!party.effectOf) return party;
    const ofLoss = party.inverted ? this.effectOfLoss(party.id) : undefined;
    if (ofLoss) return { ...party, id: ofLoss, inverted: false };
    const ofEffect = this.effectOf(party.id);
    return ofEffect ? { ...party, id: ofEffect } : party;
  }

  /**
   * The loss a tool compound stands for, where the lexicon names one ("deferoxamine", an iron chelator: the loss of
   * iron), as a party in the compound's place; and for a change whose opposite is curated ("deacetylation of p53"),
   * the loss of that opposite.
   */
  lossStoodFor(party: ClaimParty): ClaimParty | undefined {
    const lost = this.lossOf(party.id);
    return lost ? { ...party, id: lost, inverted: !party.inverted } : undefined;
  }

  /** The entry whose loss the entry `id` stands for (see `lossStoodFor`), if any. */
  lossOf(id: string): string | undefined {
    const entry = this.#lexicon.entries.get(id);
    return entry?.standsForLossOf ?? entry?.opposite;
  }

  /** What the loss of an entry named as an effect stands for ("sensitive to GPX4 inhibition"): ferroptosis, for a suppressor of it. */
  effectOfLoss(id: string): string | undefined {
    const entry = this.#lexicon.entries.get(id);
    const roles = new Set(entry?.ferrdbRoles);
    return entry?.role?.value === 'suppressor' && !roles.has('driver') ? FERROPTOSIS : undefined;
  }

  /**
   * Whether a claim of `subject` acting on `object` could contradict the lexicon at all: some curated relation
   * between them and none context-dependent. Sentences whose pairs all fail this are not read.
   */
  canContradict(subject: string, object: string): boolean {
    // What limits a rate is named against every other entry (see `rateLimitingOf`); a complex's composition
    // against every gene named as its part.
    if (this.rateLimitingOf(subject)) return true;
    if ((this.entry(subject)?.composition || this.familiesOf(subject).some((id) => this.entry(id)?.composition)) && this.entry(object)?.type === 'gene') return true;
    let verdicts = this.#verdicts.get(subject);
    if (!verdicts) this.#verdicts.set(subject, (verdicts = new Map()));
    let verdict = verdicts.get(object);
    if (verdict === undefined) {
      const curated = this.between(subject, object);
      verdict = (curated.length > 0 && !curated.some((r) => r.contextDependent)) || this.#mayBeEarlierStep(subject, object) || this.#mayBeLaterProduct(subject, object) || this.peroxidationProxy(subject, object).length > 0;
      verdicts.set(object, verdict);
    }
    return verdict;
  }

  /** The subjects with a requirement marked as what limits their rate, and that requirement. */
  readonly #rateLimiting = new Map<string, CuratedRelation>();
  /** The process curated to make each product (`produces`). */
  readonly #madeBy = new Map<string, string>();

  /**
   * "LPCAT3 acylates free PUFAs": a substrate that another enzyme is curated to turn into what the subject is
   * curated to use. The subject is put a step early on the pathway; the relation it contradicts is its own.
   */
  /** Whether the entry is a state of another entry (M2 macrophages of macrophages). */
  isState(id: string): boolean {
    return this.#lexicon.entries.get(id)?.stateOf !== undefined;
  }

  earlierStep(subject: ClaimParty, substrate: ClaimParty): { relation: CuratedRelation; kind: 'reaction' } | undefined {
    if (subject.inverted || substrate.inverted) return undefined;
    for (const id of [substrate.id, ...this.familiesOf(substrate.id)]) {
      for (const step of this.#consumers.get(id) ?? []) {
        if (step.subject === subject.id || !step.relation?.product) continue;
        const own = this.between(subject.id, step.relation.product).find((r) => this.predicates.get(r.predicate)?.consumes);
        if (own) return { relation: own, kind: 'reaction' };
      }
    }
    return undefined;
  }

  /**
   * "ACSL4 strips PUFA chains from membrane phospholipids": a product that another enzyme makes from what the
   * subject is curated to make. The subject is an earlier step towards it, so it does not break it down; the
   * relation it contradicts is its own.
   */
  laterProduct(subject: ClaimParty, product: ClaimParty): { relation: CuratedRelation; kind: 'reaction' } | undefined {
    if (subject.inverted || product.inverted) return undefined;
    for (const own of this.#bySubject.get(subject.id) ?? []) {
      const made = own.relation?.product;
      if (!made || !this.predicates.get(own.predicate)?.consumes) continue;
      const next = (this.#consumers.get(made) ?? []).some((step) => step.subject !== subject.id && step.relation?.product === product.id);
      if (next) return { relation: own, kind: 'reaction' };
    }
    return undefined;
  }

  /** Whether `laterProduct` could find something: the object is made from what the subject makes. */
  #mayBeLaterProduct(subject: string, object: string): boolean {
    return (this.#bySubject.get(subject) ?? []).some((own) => own.relation?.product !== undefined && (this.#consumers.get(own.relation.product) ?? []).some((step) => step.relation?.product === object));
  }

  /** Whether `earlierStep` could find something: the object is another reaction's substrate and the subject has one. */
  #mayBeEarlierStep(subject: string, object: string): boolean {
    const consumed = this.#consumers.has(object) || this.familiesOf(object).some((family) => this.#consumers.has(family));
    return consumed && (this.#bySubject.get(subject) ?? []).some((r) => r.relation?.product && this.predicates.get(r.predicate)?.consumes);
  }

  /** The curated reactions with a product, by what they consume. */
  readonly #consumers = new Map<string, CuratedRelation[]>();

  /** The curated requirement of `subject` marked as what limits its rate, if any. */
  rateLimitingOf(subject: string): CuratedRelation | undefined {
    // "Cystine is the rate-limiting precursor of GSH": what limits a product is what limits the process making it.
    const maker = this.#madeBy.get(subject);
    return this.#rateLimiting.get(subject) ?? (maker === undefined ? undefined : this.#rateLimiting.get(maker));
  }

  /**
   * "DHODH feeds lipid peroxidation": where nothing is curated between an entry and the lipid peroxidation that
   * executes ferroptosis, the entry's curated effect on ferroptosis (one sign only, no context-dependent one) says
   * which way it moves it. Not for cells: their relations to ferroptosis are about other cells' death, and a
   * sentence about their own lipids ("CD8⁺ T cells accumulated lipid peroxides") says something else.
   */
  peroxidationProxy(subject: string, object: string): readonly CuratedRelation[] {
    if (!PEROXIDATION.has(object) || this.entry(subject)?.type === 'cell' || this.between(subject, object).length > 0) return [];
    const curated = this.between(subject, FERROPTOSIS);
    if (curated.some((r) => r.contextDependent)) return [];
    const signs = new Set(curated.map((r) => this.sign(r.predicate)).filter((sign) => sign !== undefined));
    return signs.size === 1 ? curated : [];
  }

  between(subject: string, object: string): readonly CuratedRelation[] {
    let byObject = this.#between.get(subject);
    if (!byObject) this.#between.set(subject, (byObject = new Map()));
    let found = byObject.get(object);
    if (!found) byObject.set(object, (found = this.#findBetween(subject, object)));
    return found;
  }

  #findBetween(subject: string, object: string): CuratedRelation[] {
    const found = (this.#bySubject.get(subject) ?? []).filter((r) => r.object === object);
    if (object === FERROPTOSIS && !found.some((r) => this.sign(r.predicate) !== undefined)) {
      const role = this.#roleRelation(subject);
      if (role) found.push(role);
    }
    if (found.length === 0) {
      const notATarget = this.#notATarget(subject, object);
      if (notATarget) found.push(notATarget);
      const otherState = this.#otherState(subject, object);
      if (otherState) found.push(otherState);
    }
    // "15-LOX oxidizes…": a member of a family the lexicon curates as a whole acts as the family does.
    if (found.length === 0) for (const family of this.familiesOf(subject)) found.push(...(this.#bySubject.get(family) ?? []).filter((r) => r.object === object));
    // "ATM up-regulates the cystine transporter": raising or lowering a complex raises or lowers its subunits, which
    // the lexicon may curate one by one (ATM represses SLC7A11).
    if (found.length === 0) {
      for (const member of this.#lexicon.entries.get(object)?.members ?? []) {
        found.push(...(this.#bySubject.get(subject) ?? []).filter((r) => r.object === member && this.sign(r.predicate) !== undefined));
      }
    }
    if (found.length === 0) found.push(...this.#ofTheOtherState(subject, object));
    if (found.length === 0) found.push(...this.#ofTheOpposite(subject, object));
    if (found.length === 0) found.push(...this.#needs(subject, object));
    return found;
  }

  /**
   * "Depleting GSH raised GPX4 activity", "T cells lacking GPX4 survived": what an entry requires keeps it up, so
   * the curated requirement of the object is an effect of the subject, and its loss lowers the object. Not a
   * requirement compared with something else, nor a rate-limiting one: those say more than that.
   */
  #needs(subject: string, object: string): CuratedRelation[] {
    return (this.#bySubject.get(object) ?? [])
      .filter((r) => r.predicate === 'requires' && r.object === subject && !r.contextDependent && !r.relation?.comparedWith && !r.relation?.rateLimiting)
      .map((r) => ({ ...r, subject, object, predicate: 'activates' as Predicate, direct: undefined }));
  }

  /**
   * "Ferroptosis causes mitochondrial swelling": the curated effect on the opposite change (mitochondrial
   * condensation), turned into the opposite effect on this one.
   */
  #ofTheOpposite(subject: string, object: string): CuratedRelation[] {
    const entry = this.#lexicon.entries.get(object);
    if (!entry?.opposite) return [];
    const opposite = this.#lexicon.entries.get(entry.opposite);
    return (this.#bySubject.get(subject) ?? []).flatMap((r) => {
      const reversed = this.predicates.get(r.predicate)?.opposite;
      if (r.object !== entry.opposite || r.contextDependent || !reversed) return [];
      return [{ ...r, predicate: reversed, object, text: `${r.text.replace(/\.$/, '')}; ${opposite?.label ?? entry.opposite} is the opposite of ${entry.label}.` }];
    });
  }

  /**
   * "M2 macrophages trigger tumour-cell ferroptosis": what the literature says of M1 macrophages, said of M2. For
   * a state with no relation to `object`, the signed relations of the other state of its entry, marked.
   */
  #ofTheOtherState(subject: string, object: string): CuratedRelation[] {
    const state = this.#lexicon.entries.get(subject);
    if (!state?.stateOf) return [];
    const others = [...this.#lexicon.entries.values()].filter((e) => e.stateOf?.entry === state.stateOf!.entry && e.stateOf.predicate !== state.stateOf!.predicate);
    return others.flatMap((other) =>
      (this.#bySubject.get(other.id) ?? [])
        .filter((r) => r.object === object && !r.contextDependent && this.sign(r.predicate) !== undefined)
        .map((r) => ({ ...r, subject, wrongState: true, text: `${other.label}, not ${state.label}: ${r.text}` })),
    );
  }

  /** "classically activated (M2)": two states of one entry (M1 and M2 macrophages) given as one. */
  #otherState(a: string, b: string): CuratedRelation | undefined {
    const first = this.#lexicon.entries.get(a);
    const second = this.#lexicon.entries.get(b);
    if (!first?.stateOf || !second?.stateOf || first.stateOf.entry !== second.stateOf.entry || first.stateOf.predicate === second.stateOf.predicate) return undefined;
    const state = (entry: Entry): string => `${entry.label}${entry.name ? ` (${entry.name})` : ''}`;
    return {
      subject: a,
      predicate: first.stateOf.predicate,
      object: b,
      contextDependent: false,
      otherState: true,
      text: `${state(first)} and ${state(second)} are opposite states of a ${this.#lexicon.entries.get(first.stateOf.entry)?.label ?? first.stateOf.entry}`,
      refs: [...new Set([...first.refs.slice(0, 1), ...second.refs.slice(0, 1)])],
      entry: second,
    };
  }

  /** The families (entries with `members`) each entry belongs to. Made when first asked. */
  #families?: Map<string, string[]>;

  /** The entries (families, complexes) that list `id` among their members. */
  familiesOf(id: string): readonly string[] {
    if (!this.#families) {
      this.#families = new Map();
      for (const entry of this.#lexicon.entries.values()) {
        for (const member of entry.members) this.#families.set(member, [...(this.#families.get(member) ?? []), entry.id]);
      }
    }
    return this.#families.get(id) ?? [];
  }

  /**
   * What the tool compounds with exclusive targets (`exclusive_targets`) inhibit or suppress, with the members of
   * those complexes: the known targets of ferroptosis inducers. Made when first asked.
   */
  #targets?: { known: Set<string>; own: Map<string, Set<string>> };

  #exclusiveTargets(): { known: Set<string>; own: Map<string, Set<string>> } {
    if (this.#targets) return this.#targets;
    const known = new Set<string>();
    const own = new Map<string, Set<string>>();
    const withMembers = (id: string, into: Set<string>): void => {
      into.add(id);
      for (const member of this.#lexicon.entries.get(id)?.members ?? []) into.add(member);
    };
    for (const entry of this.#lexicon.entries.values()) {
      if (!entry.exclusiveTargets) continue;
      const targets = new Set<string>();
      for (const r of this.#bySubject.get(entry.id) ?? []) if (r.predicate === 'inhibits' || r.predicate === 'suppresses' || r.predicate === 'decreases') withMembers(r.object, targets);
      for (const t of entry.targets) if (this.#lexicon.entries.has(t.target)) withMembers(t.target, targets);
      own.set(entry.id, targets);
      for (const r of this.#bySubject.get(entry.id) ?? []) if (r.predicate === 'inhibits' || r.predicate === 'suppresses') withMembers(r.object, known);
    }
    return (this.#targets = { known, own });
  }

  /** The curated relations of the cells `subject` makes others differentiate into (`differentiation_of`). */
  differentiations(subject: string): readonly CuratedRelation[] {
    return (this.#bySubject.get(subject) ?? []).filter((r) => r.relation?.differentiationOf !== undefined && r.predicate === r.relation.predicate);
  }

  /** "RSL3 inhibits system Xc⁻": a known target that a compound with exclusive targets is not curated to act on. */
  #notATarget(subject: string, object: string): CuratedRelation | undefined {
    const { known, own } = this.#exclusiveTargets();
    const targets = own.get(subject);
    if (!targets || targets.has(object) || !known.has(object)) return undefined;
    const entry = this.#lexicon.entries.get(subject)!;
    const acts = (this.#bySubject.get(subject) ?? []).filter((r) => r.predicate === 'inhibits' && r.direct !== false);
    if (acts.length === 0) return undefined;
    const label = (id: string): string => this.#lexicon.entries.get(id)?.label ?? id;
    return {
      subject,
      predicate: 'inhibits',
      object,
      contextDependent: false,
      notATarget: true,
      text: `${acts.map((r) => r.text.replace(/\.$/, '')).join('; ')}; ${entry.label} is a well-characterized tool compound, and the curated literature gives it no effect on ${label(object)}`,
      refs: [...new Set(acts.flatMap((r) => r.refs))],
      entry,
    };
  }

  #roleRelation(id: string): CuratedRelation | undefined {
    const entry = this.#lexicon.entries.get(id);
    if (!entry?.role || !ROLE_AGENTS.has(entry.type)) return undefined;
    const roles = new Set(entry.ferrdbRoles);
    const bothWays = (roles.has('driver') && roles.has('suppressor')) || (roles.has('inducer') && roles.has('inhibitor'));
    const value = entry.role.value;
    const predicate: Predicate | undefined = value === 'driver' || value === 'inducer' ? 'induces' : value === 'suppressor' || value === 'inhibitor' ? 'suppresses' : undefined;
    if (value !== 'context-dependent' && !bothWays && !predicate) return undefined;
    return {
      subject: id,
      predicate: predicate ?? 'induces',
      object: FERROPTOSIS,
      contextDependent: value === 'context-dependent' || bothWays,
      text: `${entry.label} ${predicate === 'suppresses' ? 'protects against' : 'promotes'} ferroptosis: ${lowerFirst(entry.role.text)}`,
      refs: entry.role.refs,
      entry,
    };
  }
}

/** The entries that are states of another entry (`state_of`), by that entry's id. */
function statesByEntry(lexicon: Lexicon): Map<string, Entry[]> {
  const states = new Map<string, Entry[]>();
  for (const entry of lexicon.entries.values()) {
    if (!entry.stateOf) continue;
    const list = states.get(entry.stateOf.entry) ?? [];
    list.push(entry);
    states.set(entry.stateOf.entry, list);
  }
  return states;
}

/** Adds `value` to the set of `key` in `map`. */
function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
