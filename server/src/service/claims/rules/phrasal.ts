/**
 * Phrasal verbs of plain language: "p53 switches SLC7A11 on", "GPX4 switches off ferroptosis", "sulfasalazine
 * shuts down system Xc⁻", "NRF2 turns up SLC7A11", "IFN-γ ramps up SLC7A11", "LOX speeds up lipid peroxidation", "erastin wiped out PBMCs", "the nanoparticles hold back DC maturation". The particle gives the sign: on and up raise, off and down
 * lower. The particle is the word a fix turns round ("on" for "off"); "down" and "up" have no safe swap.
 */
import { ClaimForm, signedWordClaim, type Claim, type Modifiers } from '../claim';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { cleftSubject } from '../referents';
import { clauseSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { toolUsedTo } from './verbSubjects';

export const PHRASAL_VERBS: ReadonlySet<string> = new Set(
  'switch switches switched switching turn turns turned turning shut shuts shutting wipe wipes wiped wiping mop mops mopped mopping hold holds held holding push pushes pushed pushing drive drives drove driven driving bring brings brought bringing ramp ramps ramped ramping cut cuts cutting speed speeds sped speeding slow slows slowed slowing keep keeps kept keeping'.split(' '),
);
const PARTICLES: ReadonlyMap<string, 1 | -1> = new Map([['on', 1], ['up', 1], ['off', -1], ['down', -1], ['out', -1], ['back', -1], ['about', 1], ['forward', 1], ['forwards', 1]]);

/** The particle a fix writes for `particle`, where swapping it keeps the sentence right. */
export function oppositeParticle(particle: string): string | undefined {
  return particle === 'on' ? 'off' : particle === 'off' ? 'on' : undefined;
}

export function readPhrasalClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const activate = verbOf(verbs, 'activate');
  const inhibit = verbOf(verbs, 'inhibit');
  if (!activate || !inhibit) return;
  for (let v = 0; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !PHRASAL_VERBS.has(tokens.lower(v)!)) continue;
    // "switches on SLC7A11" or "switches SLC7A11 on"; "turns into" and "turned out" are no such verb.
    let particle = PARTICLES.has(tokens.lower(v + 1)!) ? v + 1 : -1;
    const objects = readPartiesRight(tokens, particle > 0 ? v + 2 : v + 1);
    if (!objects || objects.end > v + 6) continue;
    if (particle < 0 && PARTICLES.has(tokens.lower(objects.end + 1) ?? '')) particle = objects.end + 1;
    const holding = /^(hold|holds|held|holding)$/.test(tokens.lower(v)!);
    const keeping = holding || /^(keep|keeps|kept|keeping)$/.test(tokens.lower(v)!);
    // "keeps lipid peroxides in check" (or "under control", "low", "locked inside ferritin"): it holds them
    // down; "keeps SLC7A11 high" holds it up. The word that says which stands as the particle. A holding
    // holds only down ("holds ferroptosis in check"): "holds up" is a delay.
    let held: 1 | -1 | undefined;
    // ("holds back ferroptosis", "keeps up SLC7A11": the particle right after the verb says which.)
    if (keeping && particle !== v + 1) {
      held = -1;
      // ("lipid peroxides low": the parties read may have taken the adjective as a word of amount.)
      const adjective = tokens.kind(objects.end) === 'word' && /^(low|high)$/.test(tokens.lower(objects.end)!);
      if (adjective) {
        // ("low" after an entry reads as its loss: here it is what the keeping keeps it at.)
        if (tokens.lower(objects.end) === 'low') objects.parties = objects.parties.map((p) => ({ ...p, inverted: !p.inverted }));
        objects.end--;
      }
      const after = tokens.lower(objects.end + 1) ?? '';
      if (/^(in|under)$/.test(after) && /^(check|control)$/.test(tokens.lower(objects.end + 2) ?? '')) particle = objects.end + 2;
      else if (/^(low|down|back|locked|trapped|sequestered|stored)$/.test(after)) particle = objects.end + 1;
      else if (!holding && /^(high|up|elevated)$/.test(after)) {
        particle = objects.end + 1;
        held = 1;
      } else particle = -1;
    }
    if (particle < 0) continue;
    // "shut" takes only "down" and "off"; "turn up" on a cell population is no claim of ours.
    let sign = held ?? PARTICLES.get(tokens.lower(particle)!)!;
    if (tokens.lower(v)!.startsWith('shut') && sign > 0) continue;
    // "brings about a suppression of ACSL4 activity": only a bringing goes "about", and it causes what it names.
    if (tokens.lower(particle) === 'about' && !tokens.lower(v)!.startsWith('br')) continue;
    // "cuts off cystine import": a cut only lowers.
    if (tokens.lower(v)!.startsWith('cut') && sign > 0) continue;
    // "speeds up lipid peroxidation", "slows down ferroptosis": up or down only; a slowing only lowers.
    if ((tokens.lower(v)!.startsWith('sp') || tokens.lower(v)!.startsWith('slow')) && !/^(up|down)$/.test(tokens.lower(particle)!)) continue;
    if (tokens.lower(v)!.startsWith('slow') && sign > 0) continue;
    // "ramps up SLC7A11": a ramp goes only up or down.
    if (tokens.lower(v)!.startsWith('ramp') && !/^(up|down)$/.test(tokens.lower(particle)!)) continue;
    // "wiped out PBMCs" and only that: "turned out" is no claim. "Mops up H2O2" lowers it.
    if (tokens.lower(v)!.startsWith('wip') !== (tokens.lower(particle) === 'out')) continue;
    // "hold back DC maturation", and "back" with no other verb.
    if (held === undefined && tokens.lower(v)!.startsWith('h') !== (tokens.lower(particle) === 'back')) continue;
    if (tokens.lower(v)!.startsWith('mop')) {
      if (tokens.lower(particle) !== 'up') continue;
      sign = -1;
    }
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 1, modifiers);
    const subjects = clauseSubjects(tokens, left, verbs, tokens.lower(v)!.endsWith('ing')) ?? cleftSubject(tokens, left) ?? toolUsedTo(tokens, v, tokens.lower(v)!.endsWith('s') || tokens.lower(v)!.endsWith('ing') ? -1 : 0);
    if (!subjects) continue;
    const word = tokens.at(particle)!;
    const end = Math.max(tokens.at(objects.end)!.end, word.end);
    claims.push(signedWordClaim({ subjects, objects: objects.parties, sign, negated: modifiers.negated, form: ClaimForm.Active, end, word, raise: activate, lower: inhibit }));
  }
}
