/**
 * What taking away a killer of cells does to them: "in GPX4-deficient Treg cells, blocking iron availability
 * accelerated their death", "iron chelation failed to rescue Gpx4-deficient Tregs", "cutting off their iron supply
 * only made the ferroptosis worse", "their death proceeds independently of iron". Writers report a rescue
 * experiment in many constructions but with few words: the cells, the killer and a word that takes it away, and
 * whether the cells were saved. The rule reads that frame, not the construction, for the agents curated to kill
 * (or lower) a kind of cells, and keeps to sentences where it can say nothing else: one such agent, one kind of its
 * cells, one outcome, and nothing that doubts or supposes. Like the other frame rules, it runs after every other
 * rule and reads nothing another rule read of the agent.
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import type { VerbClass } from '../../lexicon/lexicon';
import { verbOf, type VerbIndex } from '../verbIndex';
import { NEGATIONS, SUPPOSED, words, isUnsure } from '../vocabulary';

/** Agents curated to lower (kill) cells, and those cells. */
export type Killers = ReadonlyMap<string, ReadonlySet<string>>;

/** Words that take the agent away: "blocking iron availability", "iron chelation", "neutralising lipid peroxides". */
const REMOVAL = words(`block blocking blocked blockade restrict restricting restricted restriction limit limiting limited
  chelation chelator chelators chelating chelated neutralize neutralizing neutralized neutralization neutralise
  neutralising neutralised neutralisation scavenging scavenger scavengers removal removing removed depletion depleting
  depleted deprivation depriving deprived cutting cut withdrawal withdrawing sequestering sequestration lowering`);
/** Words of the cells being saved. */
const SAVED = words(`rescue rescues rescued rescuing prevent prevents prevented preventing reverse reverses reversed
  reversing protect protects protected protecting restore restores restored restoring save saves saved spare spares
  spared preserve preserves preserved`);
/** Words of the cells' death made worse. */
const WORSE = words(`accelerate accelerates accelerated accelerating hasten hastens hastened hastening exacerbate exacerbates
  exacerbated exacerbating aggravate aggravates aggravated aggravating worsen worsens worsened worsening worse potentiate
  potentiates potentiated`);
/** The words the rule starts from: a sentence without one is not looked at. */
export const RESCUE_WORDS: readonly string[] = [...SAVED, ...WORSE, 'independent', 'independently'];
/** Words that say the agent had no effect: "was without effect", "made no difference", "left survival unchanged". */
const NO_EFFECT = words('unchanged unaffected difference without');
/** Words after which the outcome may be someone else's view, a supposition or a question. */
const UNSURE: ReadonlySet<string> = new Set([...SUPPOSED, ...words('unlikely expected predicted predict hypothesis hypothesize hypothesise')]);

export function readRescueClaims(tokens: Tokens, verbs: VerbIndex, killers: Killers, claims: Claim[]): void {
  const raise = verbOf(verbs, 'increase');
  const lower = verbOf(verbs, 'decrease');
  if (!raise || !lower) return;
  const agents: number[] = [];
  let outcome = -1;
  let kind: 'saved' | 'worse' | undefined;
  const negations: number[] = [];
  let independent = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) === 'entity') {
      if (killers.has(tokens.id(k)!)) agents.push(k);
      continue;
    }
    const word = tokens.lower(k)!;
    // "…, implying that iron availability protects them", "…, so deferoxamine would be useless": a consequence
    // drawn after the outcome is the writer's next thought, read by other rules.
    if ((outcome >= 0 || independent >= 0) && agents.length > 0 && isConsequence(tokens, k)) break;
    if (isUnsure(UNSURE, tokens, k)) return;
    // ("without GPX4, co-stimulation leads to…" states a condition, not a denial.)
    if ((NEGATIONS.has(word) && word !== 'without') || word === "n't" || (NO_EFFECT.has(word) && word !== 'without')) negations.push(k);
    // "iron-independent", "independent of iron".
    if (word === 'independent' || word === 'independently') independent = k;
    const outcomeKind = SAVED.has(word) ? 'saved' : WORSE.has(word) ? 'worse' : undefined;
    // "accelerated rather than prevented this death": what comes after "rather than" is set aside.
    if (!outcomeKind || tokens.lower(k - 1) === 'than' || (tokens.lower(k - 1) === 'of' && tokens.lower(k - 2) === 'instead')) continue;
    // One outcome, or the same one said twice.
    if (kind && kind !== outcomeKind) return;
    kind = outcomeKind;
    if (outcome < 0) outcome = k;
  }
  // The agents taken away ("neither neutralising lipid peroxides nor blocking iron"), or the one agent named.
  const removed = agents.filter((k) => takenAway(tokens, k));
  const ids = new Set(agents.map((k) => tokens.id(k)!));
  // "…is independent of lipid peroxides and iron availability": the agents named after "independent of".
  const independentOf = independent >= 0 ? agents.filter((k) => k > independent && k <= independent + 6) : [];
  const chosen = removed.length > 0 ? uniqueById(tokens, removed) : independentOf.length > 0 ? uniqueById(tokens, independentOf) : ids.size === 1 ? [agents[0]!] : [];
  for (const agent of chosen) {
    const claim = readRescue(tokens, agent, removed.length > 0, { outcome, kind, negations, independent }, killers, raise, lower);
    // What another rule read of the agent, as cause or as what is needed, is that rule's.
    const agentId = tokens.id(agent)!;
    if (claim && !claims.some((c) => [...c.subjects, ...c.objects].some((p) => p.id === agentId || p.cause === agentId))) claims.push(claim);
  }
}

interface Outcome {
  readonly outcome: number;
  readonly kind: 'saved' | 'worse' | undefined;
  readonly negations: readonly number[];
  readonly independent: number;
}

function readRescue(tokens: Tokens, agent: number, removed: boolean, said: Outcome, killers: Killers, raise: VerbClass, lower: VerbClass): Claim | undefined {
  const id = tokens.id(agent)!;
  let cells = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) !== 'entity' || !killers.get(id)!.has(tokens.id(k)!)) continue;
    if (cells >= 0 && tokens.id(cells) !== tokens.id(k)) return undefined;
    if (cells < 0) cells = k;
  }
  if (cells < 0) return undefined;
  const subject = { ...partyOf(tokens.at(agent)!), inverted: removed };
  const object = partyOf(tokens.at(cells)!);
  const claim = (effect: 'positive' | 'negative', negated: boolean, at: number): Claim => {
    const word = tokens.at(at)!;
    return newClaim({
      subjects: [subject],
      objects: [object],
      effect,
      negated,
      form: ClaimForm.State,
      start: Math.min(subject.start, object.start, word.start),
      end: Math.max(subject.end, object.end, word.end),
      // No fix: the outcome's words are too varied to turn round safely.
      verb: { start: word.start, end: word.end, verb: effect === 'positive' ? raise : lower, slot: 'state' },
    });
  };
  const { outcome, kind, negations, independent } = said;
  // "their death proceeds independently of iron": the agent (not taken away) does not lower the cells.
  if (independent >= 0 && !removed && Math.abs(independent - agent) <= 6) return claim('negative', true, independent);
  if (!removed || outcome < 0) return undefined;
  // A denial counts where it governs the outcome ("failed to rescue", "could not be reversed", "neither … nor"),
  // or says there was no effect at all.
  const denied = negations.some((n) => (n < outcome && (n >= outcome - 5 || /^(neither|nor)$/.test(tokens.lower(n)!))) || NO_EFFECT.has(tokens.lower(n)!));
  if (kind === 'worse') return denied ? undefined : claim('negative', false, outcome);
  return claim('positive', denied, outcome);
}

/** The first mention of each entry among `at`. */
function uniqueById(tokens: Tokens, at: readonly number[]): number[] {
  const seen = new Set<string>();
  return at.filter((k) => !seen.has(tokens.id(k)!) && seen.add(tokens.id(k)!));
}

/** Whether a clause that draws a consequence starts at `k`: ", implying that…", ", so…", "; …". */
function isConsequence(tokens: Tokens, k: number): boolean {
  const word = tokens.lower(k);
  return word === ';' || (word === ',' && /^(implying|suggesting|indicating|pointing|so|which|meaning|consistent)$/.test(tokens.lower(k + 1) ?? '')) || (word === ':' && k > 0);
}

/** Whether a word just before or after the agent takes it away ("blocking iron availability", "iron chelation"). */
function takenAway(tokens: Tokens, at: number): boolean {
  for (let k = Math.max(0, at - 4); k < Math.min(tokens.length, at + 3); k++) {
    if (k !== at && tokens.kind(k) === 'word' && REMOVAL.has(tokens.lower(k)!)) return true;
  }
  return false;
}
