/**
 * The closed word classes the claim rules read: adverbs, auxiliaries, negations, sign-changing modifiers, fillers,
 * openers of phrases. Grammar words, not knowledge: what a verb or an entry means lives in the lexicon.
 */
import type { Tokens } from './tokens';

export const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export const ADVERBS = new Set(words(`themselves also further furthermore directly indirectly strongly significantly markedly potently robustly efficiently
  specifically selectively partially partly completely fully effectively thereby thus consequently therefore only largely
  mainly primarily subsequently then still often consistently substantially dramatically greatly reportedly generally
  typically normally ultimately both commonly probably likely possibly apparently presumably indeed actually
  profoundly critically essentially notably clearly readily rapidly simultaneously similarly likewise moreover
  additionally independently physically transcriptionally post-translationally preferentially roughly approximately
  nearly almost first next finally initially later already instead nevertheless nonetheless each`));

/** Words in -ly that are no adverbs ("GSH supply", "iron-sulfur cluster assembly"). */
const NOT_ADVERBS = words('family early supply assembly anomaly italy july poly');

/** An adverb: one of `ADVERBS`, or any word of six letters or more in -ly ("easily", "steadily", "modestly"). */
export function isAdverb(word: string): boolean {
  return ADVERBS.has(word) || (word.length >= 6 && word.endsWith('ly') && !word.endsWith('ply') && !NOT_ADVERBS.has(word));
}

/** "Not only … but also" adds to a claim: `tokenize` makes it one word, passed over as an adverb is. */
/** Words of an entry's loss ("GPX4 inhibition", "knock-down of RRM2", "ACSL4-deficient"), as a pattern's part. */
export const LOSS_WORDS = String.raw`(?:inhibition|loss|knock-?down|knock-?out|deletion|depletion|deficiency|deficient|null|blockade|inactivation|silencing|ablation|KO|KD)`;
/** A loss word right after an entry: "GPX4 inhibition", "GPX4-knockout", "Acsl4-deficient". */
export const LOSS_AFTER_ENTRY = new RegExp(String.raw`^[\s-]*${LOSS_WORDS}\b`, 'i');

export const NOT_ONLY = 'not only';
ADVERBS.add(NOT_ONLY);
// Adverbs in "-ply", which the rule above leaves to verbs ("apply", "supply", "imply").
for (const word of ['simply', 'deeply', 'sharply', 'steeply', 'amply']) ADVERBS.add(word);
/** "Iron accumulation per se lowers…": one word too. */
export const PER_SE = 'per se';
ADVERBS.add(PER_SE);

export const AUXILIARIES = words(`may might can could would will should must does do did has have had been is are was were be being
  appears appear appeared seems seem seemed tends tend tended to shown reported known thought believed found proposed suggested demonstrated
  observed considered expected predicted able required needed necessary sufficient proved proves noted described
  claimed said estimated inferred turned turns out`);

export const BE = words('is are was were be been being get gets got become becomes became');

export const NEGATIONS = words("not never no cannot can't doesn't don't didn't isn't aren't wasn't weren't won't fails fail failed unable neither nor without");

export const INVERTING_POST = words(`scavenger scavengers quencher quenchers knockout knockouts ko kd knockdown knockdowns deficiency deficient deletion deletions loss depletion depleted
  inhibition inhibitors inhibitor blockade blockers blocker silencing silenced ablation ablated inactivation inactivated
  antagonists antagonist null disruption downregulation suppression degradation exhaustion absence lacking starvation
  deprivation withdrawal restriction limitation resistance evasion escape tolerance defence defense insensitivity turnover breakdown
  deficit deficits defect defects impairment
  refractoriness resistant refractory insensitive tolerant dysfunction paralysis threshold chelation chelator chelators scavenging neutralization neutralisation
  sequestration low death`);

export const KEEPING_POST = words(`status isoform isoforms paralog paralogs paralogue paralogues homolog homologs homologue homologues treated exposed oe product products payload node nodes co delivery codelivery pool pools nanoplatform nanoplatforms formulation overexpression overexpressing expression activation activity activities levels level protein proteins
  gene genes mrna transcription transcript transcripts signaling signalling itself alone treatment therapy monotherapy upregulation induction agonists agonist activators activator
  production abundance content function axis administration exposure supplementation accumulation overload
  concentration concentrations amount amounts sensitivity susceptibility vulnerability sensitization sensitive
  susceptible vulnerable prone loading catalysis pathway pathways programme programmes program programs platform platforms vesicles nanovesicles particles nanoparticles antioxidant kinase enzyme heterodimer dimer complex
  high loaded replete rich overloaded based availability bioavailability supply antiporter transporter nanoparticles nanoparticle particles nanovesicles nanomedicine
  driven mediated priming stimulation pretreatment challenge system systems machinery acetylation phosphorylation`);

export const INVERTING_PRE = words(`loss knockout knockdown deletion depletion inhibition blockade silencing deficiency ablation inactivation
  disruption lack absence downregulation suppression degradation degrading breakdown turnover death killing inhibiting blocking silencing deleting depleting losing
  knocking ablating inactivating antagonizing targeting dysfunction paralysis exhaustion lowering reducing decreasing
  scavenging neutralizing neutralising chelating deficits deficit defects defect impairment demise quenching reduction decrease decline
  restricting limiting starving depriving withdrawing withholding removing restriction limitation deprivation withdrawal removal
  chelation neutralization neutralisation sequestration sequestering disorder disorders`);

/** Words that open a prepositional phrase or a subordinate clause: an entity after one is not an agent. */
export const PHRASE_OPENERS = words(`in by from than to on at into onto between among for against via through unlike like including after
  before during within upon under over whereas while although though besides beyond together along alongside`);

/** Before an entity, an amount lowered ("low GPX4 expression", "reduced FSP1 levels") reverses its effect. */
export const LOWERING = words('low lower lowered reduced decreased diminished impaired attenuated limited insufficient defective weak weaker poor little less fewer downregulated down-regulated');

/** …and an amount raised keeps it ("high ACSL4 levels"). */
export const RAISING = words('high higher elevated increased enhanced augmented excessive abundant strong stronger more greater upregulated up-regulated increase rise expanded');

/**
 * What an amount is an amount of. Before a metabolite, "reduced" names an amount only before such a noun
 * ("reduced GSH levels"): before the bare metabolite it is a redox form ("reduced CoQ10" is ubiquinol, "reduced
 * iron" ferrous iron). Before a gene or a process it is always less ("reduced lipid peroxidation").
 */
export const AMOUNT_NOUNS = words('expression levels level activity activities abundance content amount amounts concentration concentrations protein proteins mrna function signaling signalling production generation accumulation formation');

/** Nouns of what an entry can do, which say it is there to do it: "the capacity of erastin to inhibit…". */
export const CAPACITIES = words('capacity ability capability potential propensity tendency power');

export const KEEPING_PRE = words(`overexpression activation expression upregulation induction activity levels level presence addition
  overexpressing activating treatment administration supplementation restoration reexpression reconstitution
  reintroduction rescue production synthesis ${[...CAPACITIES].join(' ')}`);

export const OBJECT_FILLERS = words(`the a an its their this these those such cellular intracellular intratumoral intratumoural tumour tumor cancer cell cells
  expression levels level activity of protein mrna transcription transcriptional abundance content function
  lipid membrane human mouse murine hepatic in vitro vivo vitro silico node nodes edge surplus excess excessive free ferrous ferric
  extracellular labile cytosolic dietary exogenous endogenous total basal additional more less accumulation overload
  uptake intracellularly concentration concentrations amount amounts pool proportion proportions frequency frequencies
  number numbers percentage percentages share fraction infiltration recruitment population populations count counts
  density surface stability corresponding respective localization localisation immunosuppressive suppressive antitumour
  antitumor anti-tumour anti-tumor anti pro inflammatory pro-inflammatory anti-inflammatory protumoral protumour classical alternative
  non most many all nearly extensive massive widespread rapid ferroptotic tumoral tumoural cytotoxicity cytotoxic
  effector functional proliferation survival expansion metabolic disorder metabolism resulting mitochondrial
  phospholipid members member de novo fitness catalytic enzymatic canonical resident active site sites selenocysteine
  molecule molecules equivalent equivalents occurrence onset execution blood peripheral circulating donor primary extra
  killing capacity ability potential marked significant strong dramatic modest slight robust pronounced sharp burden net threshold peroxidase plasma
  pharmacological pharmacologic genetic chemical selective partial complete sustained damaging harmful toxic deleterious compensatory paradoxical adaptive
  lasting long-lasting long-term durable long-lived persistent`);

export const CLAUSE_INTRODUCERS = words('which who that');

/** A negated claim under a condition ("Once GSH was depleted, GPX4 no longer…") reports a consequence, not a denial. */
export const CONDITIONAL = words('once when after if upon unless without whenever until');

export const APPOSITION_STARTS = words('which who that a an the one');

/** Words of a short aside set off by commas between a subject and its verb ("X, in turn, inhibits Y"). */
export const ASIDE_WORDS = words(`by in for contrast turn addition particular example instance however therefore thus moreover furthermore
  instead conversely similarly likewise notably importantly indeed meanwhile also though accordingly consequently hence
  interestingly surprisingly strikingly remarkably in vitro vivo silico according per`);

/** Verbs that share a subject with a verb of claim: "erastin binds and (directly) inhibits GPX4". */
export const COORDINATED_VERBS = words('binds bound bind targets targeted target engages engaged engage enters entered accumulates accumulated localizes localized interacts interacted');

/** The subject of "X binds and inhibits Y": the subject of the verb before the "and", if that is a verb. */

/** Words that give a second predicate the first one's subject ("X inhibits Y and thereby promotes Z", "X promotes Y by inhibiting Z"). */
export const PREDICATE_LINKS = words('and but yet while thereby thus so by through via despite');

/** Verbs that state no claim of ours but have a subject that a linked predicate shares ("X kills cells by inhibiting Y"). */
export const OTHER_FINITE_VERBS = words('act acts acted works worked work operates operated operate exerts exerted exert achieves achieved achieve functions functioned behave behaves behaved');

/** Pronouns that stand for the subject of an earlier clause of the same sentence. */
export const SUBJECT_PRONOUNS = words('it they');

export const PHRASE_BREAKS = words('and or but in on at by of to for with from into via through which that while whereas');

/** Verbs that give their object a state ("renders cells resistant"), and the words of such an object. */
export const CAUSATIVES = words('render renders rendered rendering make makes made making leave leaves left');

export const CELLS = words(`cells cell lines line mice tumours tumors clones organoids mefs fibroblasts spheroids xenografts grafts allografts splenocytes hepatocytes neurons cultures cocultures models livers tissues
  keratinocytes melanocytes adipocytes cardiomyocytes myocytes astrocytes oligodendrocytes osteoblasts osteoclasts chondrocytes podocytes cholangiocytes thymocytes myoblasts explants enterocytes erythrocytes reticulocytes`);

// "make membranes less prone to ferroptosis": the membranes of cells hold the state too.
export const HOLDERS = words(`${[...CELLS].join(' ')} these those the such them our their its tumour tumor cancer membranes membrane`);

export const REPORTING_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'did', 'does', 'do', 'could', 'can']);

export const UNSEEN: ReadonlySet<string> = new Set(['observed', 'detected', 'found', 'seen', 'evident', 'apparent', 'detectable', 'occur', 'happen']);

/** Places inside a cell, and outside one, that a preposition of transport can name. */
export const INSIDE = words('cell cells cytosol cytoplasm intracellular enterocyte enterocytes hepatocyte hepatocytes macrophage macrophages neuron neurons erythroblasts');

export const OUTSIDE = words('blood bloodstream circulation plasma serum extracellular lumen medium');

/** Verbs whose object is what was used to do something ("we used sorafenib", "erastin was added to block…"). */
export const GIVEN_VERBS = words('used use uses using employed applied applying added adding administered gave utilized chose selected dosed co-dosed co-administered coadministered');

/** Nouns that, after "this", stand for an entry named before ("This protein…", "This compound…"). */
export const REFERRING_NOUNS = words(`protein enzyme compound drug transporter antiporter receptor gene molecule inhibitor inducer agent kinase cytokine peroxidase
  oxidoreductase flavoprotein selenoenzyme selenoprotein heterodimer reductase oxidase dehydrogenase acyltransferase synthetase factor
  nanoparticle particle nanoplatform nanomedicine nanovesicle agonist analogue analog`);
/** "This compound", "this drug", "the particles": a noun for a compound (nanomedicines are compounds here); the other referring nouns stand for a gene product or a complex. */
export const COMPOUND_NOUNS: ReadonlySet<string> = new Set(['compound', 'drug', 'inhibitor', 'inducer', 'agent', 'molecule', 'nanoparticle', 'particle', 'nanoplatform', 'nanomedicine', 'nanovesicle', 'agonist', 'analogue', 'analog']);
/** A referring noun, singular or plural: "this compound", "these nanoparticles". */
export function isReferringNoun(word: string): boolean {
  return REFERRING_NOUNS.has(word) || (word.endsWith('s') && REFERRING_NOUNS.has(word.slice(0, -1)));
}

/** What a particle carries, as the participle after its entry's hyphen says: "sulfasalazine-loaded particles". */
export const CARGO_PARTICIPLES = /^(loaded|laden|containing|carrying|encapsulating|encapsulated|bearing|conjugated)$/;

/** What cells were given, as the participle after its entry's hyphen says: "erastin-treated", "iron-loaded". */
export const GIVEN_PARTICIPLES = /^(treated|loaded|overloaded|laden|exposed|primed|pulsed)$/;

/** Participles that name a cause after what it causes: "ferroptosis triggered by bcc-USINPs". */
export const CAUSING_PARTICIPLES = /^(induced|triggered|caused|driven|mediated|elicited|evoked)$/;

/**
 * Verbs that say nothing until an action noun follows: "RSL3 realized the inhibition of system Xc⁻" is RSL3
 * causing it. Read as "cause" only before "(the) inhibition of", "(an) activation of" and their kin.
 */
export const LIGHT_VERBS = words(`realize realizes realized realizing realise realises realised realising perform performs performed
  performing achieve achieves achieved achieving accomplish accomplishes accomplished carry carries carried effect effects effected`);

/** Arrows that say the party before leads to what follows: "IFN-γ → ↓ SLC7A11", "GPX4 loss ⇒ ferroptosis". */
export const LEADS_TO: ReadonlySet<string> = new Set(['→', '⇒', '⟶', '⟹']);

/** Participles that describe what an entry does or is: "is annotated (described, regarded, known) as exporting cystine". */
export const DESCRIBED = words(`annotated described characterized characterised curated listed regarded viewed considered depicted drawn
  portrayed presented classified recognized recognised known identified reported modeled modelled represented cast shown
  understood implemented encoded treated conceived pictured defined established`);

/** The way a noun of transport after its cargo moves it: "iron uptake" in, "cystine efflux" out. */
export function transportNounDirection(word: string | undefined): 'import' | 'export' | undefined {
  return /^(entry|import|uptake|influx)$/.test(word ?? '') ? 'import' : /^(efflux|export|release)$/.test(word ?? '') ? 'export' : undefined;
}

/**
 * Words that make what follows a view, a supposition or a question rather than the writer's statement: the frame
 * rules (`rules/cellFate.ts` and those after it) read nothing in a sentence with one.
 */
export const SUPPOSED = words(`? assumed believed claimed contrary if incorrect incorrectly may might mistaken myth myths perhaps possibly
  proposed respectively thought whether would wrong wrongly`);
/** Verbs of knowing, after which "would" says what was known, not what might be. */
const KNOWING = words('known understood recognized recognised appreciated know understand recognize recognise appreciate');

/**
 * Whether the word at k makes a frame rule's sentence unsure (`unsure`, built on `SUPPOSED`). Not "would" before a
 * verb of knowing: "The skilled person would have understood GPX4 as the enzyme that…" states what was known.
 */
export function isUnsure(unsure: ReadonlySet<string>, tokens: Tokens, k: number): boolean {
  const word = tokens.lower(k) ?? '';
  if (!unsure.has(word)) return false;
  if (word !== 'would') return true;
  const verb = tokens.lower(k + 1) === 'have' ? k + 2 : k + 1;
  return !KNOWING.has(tokens.lower(verb) ?? '');
}

/** Words of a contrast or comparison, after which a frame rule's words may be said of something else. */
export const CONTRASTING = words('whereas unlike although though conversely versus vs');
