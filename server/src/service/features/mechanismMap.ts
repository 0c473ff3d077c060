/**
 * The mechanism map: the entries a manuscript makes claims about (nodes) and the claims its sentences make (edges),
 * each edge with how it stands against the curated lexicon: it agrees (with the relation and its references), it
 * contradicts (with the diagnostic's message), or nothing curated speaks to it. Built from the claims the checker
 * reads (checkedClaims.ts, the same pass the diagnostics come from, read again only where an edit changed the
 * text), so that the map and the diagnostics never disagree.
 * Beside it, the curated relations between entries the manuscript names that none of its claims states: what the
 * literature connects and the paper leaves out.
 *
 * Pure: the server sends it to the webview, the CLI writes it as JSON or Graphviz.
 */
import type { Analysis } from '../analysis';
import type { Claim, ClaimParty } from '../claims';
import type { CheckedClaim } from '../checker/checkedClaims';
import { supportOf, type Contradiction } from '../checker/contradictions';
import type { BiolexDiagnostic } from '../checker/diagnostics';
import type { CuratedRelation, RelationIndex } from '../checker/relationIndex';
import type { EntityType, Lexicon, Predicate } from '../lexicon/lexicon';
import type { Sentence } from '../markup/sentences';
import { toSourceRange } from '../markup/prose';

/** What an edge says its source does to its target. `promotes` and `inhibits` carry a sign; the rest do not. */
export type MapEffect =
  | 'promotes'
  | 'inhibits'
  | 'imports'
  | 'exports'
  | 'oxidizes'
  | 'requires'
  | 'affects'
  | 'binds'
  | 'produces'
  | 'consumes'
  | 'names'
  | 'located-in'
  | 'part-of'
  | 'kind-of';

export enum MapStatus {
  Agrees = 'agrees',
  Contradicts = 'contradicts',
  NotCurated = 'not-curated',
}

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

export interface MapNode {
  /** The lexicon entry's id. */
  readonly id: string;
  readonly label: string;
  readonly type: EntityType;
  /** How often the manuscript names it. */
  readonly mentions: number;
  /** Where the manuscript first names it (source offsets), for "reveal". */
  readonly first?: SourceRange;
  /** Whether a claim is about it; an entry only the overlay of unstated relations joins is not. */
  readonly claimed: boolean;
}

/** One claim of an edge: its words and its sentence, source offsets. */
export interface MapClaim {
  readonly range: SourceRange;
  readonly sentence: SourceRange;
  /** The sentence's prose, for the hover. */
  readonly text: string;
}

/** The curated relation an edge agrees with or contradicts, as the lexicon has it. */
export interface MapRelation {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly text: string;
  readonly refs: readonly string[];
  readonly contextDependent: boolean;
}

export interface MapEdge {
  /** Stable while the edge's ends, effect, negation and status are: the webview keeps its selection by it. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly effect: MapEffect;
  /** "does not induce": the claim denies the effect. */
  readonly negated: boolean;
  /** What the sentences say of it, where they do ("directly inhibits", "indirectly"). */
  readonly directness?: 'direct' | 'indirect';
  readonly status: MapStatus;
  readonly claims: readonly MapClaim[];
  readonly relation?: MapRelation;
  /** For a contradiction: the diagnostic's message, as the editor shows it. */
  readonly message?: string;
}

export interface MechanismMap {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  /** Curated relations between entries the manuscript names that no claim of it states (the greyed overlay). */
  readonly unstated: readonly MapRelation[];
}

export interface MechanismMapInput {
  readonly analysis: Analysis;
  /** The claims the document asserts, as the checker read them (checkedClaims.ts). */
  readonly checked: readonly CheckedClaim[];
  readonly relations: RelationIndex;
  readonly lexicon: Lexicon;
  /** The document's mechanism diagnostics: a contradicting edge takes its message from the one on its claim. */
  readonly diagnostics: readonly BiolexDiagnostic[];
  /** Only this part of the document (source offsets): a section, a selection. Its claims, the entries it names. */
  readonly within?: SourceRange;
}

const SIGNED: Readonly<Partial<Record<Claim['effect'], MapEffect>>> = { positive: 'promotes', negative: 'inhibits' };
const UNSIGNED: Readonly<Record<Exclude<Claim['effect'], 'positive' | 'negative'>, MapEffect>> = {
  import: 'imports',
  export: 'exports',
  oxidize: 'oxidizes',
  requires: 'requires',
  affects: 'affects',
  binds: 'binds',
  produce: 'produces',
  consume: 'consumes',
  names: 'names',
  located: 'located-in',
  composed: 'part-of',
  'kind-of': 'kind-of',
};

export function buildMechanismMap({ analysis, checked, relations, lexicon, diagnostics, within }: MechanismMapInput): MechanismMap {
  const prose = analysis.prose;
  const inside = (range: SourceRange): boolean => !within || (within.start <= range.start && range.end <= within.end);
  const edges = new Map<string, { edge: Omit<MapEdge, 'claims'>; claims: MapClaim[]; seen: Set<number> }>();
  const messages = new Map(diagnostics.map((d) => [`${d.start}:${d.end}`, d.message]));
  const addClaim = (claim: Claim, subject: ClaimParty, object: ClaimParty, sentence: Sentence, status: MapStatus, relation?: CuratedRelation): void => {
    const effect = effectOf(claim, subject, object);
    const from = subject.id;
    const to = object.id;
    const id = `${from} ${effect}${claim.negated ? ' not' : ''} ${to} ${status}`;
    const range = toSourceRange(prose, claim.start, claim.end);
    if (!inside(range)) return;
    let held = edges.get(id);
    if (!held) {
      const message = status === MapStatus.Contradicts ? messages.get(`${range.start}:${range.end}`) : undefined;
      held = {
        edge: { id, from, to, effect, negated: claim.negated, ...(claim.directness && { directness: claim.directness }), status, ...(relation && { relation: mapRelation(relation) }), ...(message && { message }) },
        claims: [],
        seen: new Set(),
      };
      edges.set(id, held);
    }
    // One claim read twice (its words shared by two readings) is one sentence of the edge.
    if (held.seen.has(claim.start)) return;
    held.seen.add(claim.start);
    held.claims.push({ range, sentence: toSourceRange(prose, sentence.start, sentence.end), text: prose.text.slice(sentence.start, sentence.end) });
  };
  for (const { claim, contradictions, sentence } of checked) {
    for (const subject of claim.subjects) {
      for (const object of claim.objects) {
        if (subject.id === object.id) continue;
        const contradiction = contradictions.find((c) => standsFor(c, subject, object, sentence));
        if (contradiction) {
          addClaim(claim, subject, object, sentence, MapStatus.Contradicts, contradiction.relation);
          continue;
        }
        // What is done to several entries at once is not each one's doing (as `uncited-claim` takes it).
        const support = subject.together ? undefined : supportOf({ ...claim, subjects: [subject], objects: [object] }, relations);
        addClaim(claim, subject, object, sentence, support ? MapStatus.Agrees : MapStatus.NotCurated, support?.relation);
      }
    }
  }
  const mapEdges = [...edges.values()].map(({ edge, claims }): MapEdge => ({ ...edge, claims }));
  const mentions = within ? analysis.mentions.filter(inside) : analysis.mentions;
  const overlay = unstated(mapEdges, mentions, lexicon);
  return { nodes: nodesOf(mapEdges, overlay, mentions, lexicon), edges: mapEdges, unstated: overlay };
}

/**
 * The edge's effect as the writer means it: "loss of GPX4 promotes ferroptosis" says GPX4 inhibits it. A signed
 * effect turns with each party that stands for its loss; the others stay as written.
 */
function effectOf(claim: Claim, subject: ClaimParty, object: ClaimParty): MapEffect {
  const signed = SIGNED[claim.effect];
  if (signed === undefined) return UNSIGNED[claim.effect as keyof typeof UNSIGNED];
  return subject.inverted !== object.inverted ? (signed === 'promotes' ? 'inhibits' : 'promotes') : signed;
}

/**
 * Whether a contradiction (found relative to its sentence) is about this pair of the claim (placed in the prose):
 * the parties as written, or the compound written for the loss the checker judged.
 */
function standsFor(contradiction: Contradiction, subject: ClaimParty, object: ClaimParty, sentence: Sentence): boolean {
  const written = contradiction.standIn ?? contradiction.subject;
  const sameSubject = contradiction.subject.id === subject.id || written.start + sentence.start === subject.start || subject.cause === contradiction.subject.id;
  return sameSubject && (contradiction.object.id === object.id || contradiction.object.start + sentence.start === object.start);
}

function mapRelation(relation: Pick<CuratedRelation, keyof MapRelation>): MapRelation {
  return { subject: relation.subject, predicate: relation.predicate, object: relation.object, text: relation.text, refs: relation.refs, contextDependent: relation.contextDependent };
}

/** The entries the edges join, then those only the overlay joins. */
function nodesOf(edges: readonly MapEdge[], overlay: readonly MapRelation[], mentions: Analysis['mentions'], lexicon: Lexicon): MapNode[] {
  const claimed = new Set(edges.flatMap((e) => [e.from, e.to]));
  const ids = new Set([...claimed, ...overlay.flatMap((r) => [r.subject, r.object])]);
  const counts = new Map<string, { count: number; first: SourceRange }>();
  for (const mention of mentions) {
    if (!ids.has(mention.id)) continue;
    const held = counts.get(mention.id);
    if (held) held.count++;
    else counts.set(mention.id, { count: 1, first: { start: mention.start, end: mention.end } });
  }
  return [...ids].flatMap((id): MapNode[] => {
    const entry = lexicon.entries.get(id);
    if (!entry) return [];
    const named = counts.get(id);
    return [{ id, label: entry.label, type: entry.type, mentions: named?.count ?? 0, ...(named && { first: named.first }), claimed: claimed.has(id) }];
  });
}

/** Curated relations between two entries the manuscript names, stated by no edge that agrees with them. */
function unstated(edges: readonly MapEdge[], mentions: Analysis['mentions'], lexicon: Lexicon): MapRelation[] {
  const named = new Set(mentions.map((m) => m.id));
  const stated = new Set(edges.flatMap((e) => (e.relation ? [`${e.relation.subject} ${e.relation.predicate} ${e.relation.object}`] : [])));
  return lexicon.relations
    .filter((r) => named.has(r.subject) && named.has(r.object) && r.subject !== r.object && !stated.has(`${r.subject} ${r.predicate} ${r.object}`))
    .map(mapRelation);
}
