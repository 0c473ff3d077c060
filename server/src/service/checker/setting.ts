/**
 * The setting a sentence confines a finding to ("in human PBMCs", "across a wide range of cancer cell lines"),
 * and whether a curated relation speaks of that setting. "In human PBMCs, erastin does not induce
 * ferroptosis" reports what failed in one setting: it denies the curated "erastin induces ferroptosis in tumour
 * cells" only if the setting is the relation's own. A denial in a setting the literature does not speak of is a
 * finding, not a contradiction.
 */

// ("In contrast to tumour cells, T cells do not…" compares; it confines nothing.)
// ("survived in vitro restimulation as well as wild-type cells": a comparison after the setting is no part of it.)
const SETTING = /\b(?:in|across|among|within)\s+(?!contrast\b|comparison\b)((?:(?!(?:as|than|like|unlike|versus|vs)\b)[^\s,;.()]+\s+){0,6}?(?:cells|cell lines|lines|pbmcs|mice|rats|animals|models?|tumou?rs|patients|tissues?|organoids|xenografts|cultures|fibroblasts|neurons|hepatocytes|macrophages|lymphocytes|monocytes|neutrophils|splenocytes|mefs|samples|biopsies))\b/i;

/** The setting named in `sentence`, in lower case, or undefined; "in these cells" names none. */
export function settingOf(sentence: string): string | undefined {
  const setting = SETTING.exec(sentence)?.[1]?.toLowerCase();
  return setting !== undefined && settingWords(setting).size > 0 ? setting : undefined;
}

/** Words that say nothing of which setting: the nouns every setting has, articles, amounts. */
const GENERIC = new Set(['cell', 'cells', 'line', 'lines', 'the', 'a', 'an', 'of', 'and', 'or', 'most', 'many', 'some', 'several', 'all', 'wide', 'range', 'variety', 'these', 'those', 'other', 'human', 'mouse', 'murine', 'by', 'to', 'in', 'are', 'not', 'vitro', 'vivo', 'intact', 'living', 'live', 'whole', 'cultured', 'treated', 'untreated', 'control']);
/** Spellings of one setting. A cell line's name (a word with a digit: HT-1080, A549) is a tumour cell line. */
const SAME: Readonly<Record<string, string>> = { tumor: 'tumour', tumors: 'tumour', tumours: 'tumour', cancer: 'tumour', cancers: 'tumour', carcinoma: 'tumour', malignant: 'tumour', neoplastic: 'tumour' };

function settingWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    if (/\d/.test(word) && /\p{L}/u.test(word) && !/^cd\d/.test(word)) {
      found.add('tumour');
      continue;
    }
    for (const part of word.split('-')) if (part.length >= 2 && !GENERIC.has(part)) found.add(SAME[part] ?? part);
  }
  return found;
}

/**
 * Whether a relation curated for `context` (none: in general) is what a denial in `setting` speaks of. A relation
 * in general speaks of a setting its curated `text` names in full: "Ferroptosis requires iron; blocking iron
 * rescues even GPX4-deficient Treg cells" is denied by "in GPX4-deficient Treg cells, chelation fails to…".
 */
export function settingMatches(context: string | undefined, setting: string, text = ''): boolean {
  const denied = settingWords(setting);
  if (!context) {
    const named = settingWords(text);
    // Not by "tumour" alone (every cell line's name gives it): a text that mentions tumour cells is not about HT-1080.
    return [...denied].some((word) => word !== 'tumour') && [...denied].every((word) => named.has(word));
  }
  const curated = settingWords(context);
  for (const word of denied) if (curated.has(word)) return true;
  return false;
}

/**
 * The setting of the clause that holds a claim at [claimStart, claimEnd) of the sentence: looked for up to the end of
 * the claim's clause, as "…remain viable after co-stimulation, so GPX4 inhibition is unlikely to deplete Treg cells
 * in patients" confines nothing to patients.
 */
export function settingOfClause(text: string, sentence: { readonly start: number; readonly end: number }, claimStart: number, claimEnd: number): string | undefined {
  return settingOf(text.slice(clauseStart(text, sentence.start, claimStart), clauseEnd(text, claimEnd, sentence.end)));
}

/**
 * Where the clause of a claim starting at `at` starts, for its setting: after a subordinating word, a semicolon or a
 * colon ("… in GPX4-low tumours is odd, because (is expected:) T cells lacking GPX4 do not…" sets nothing in
 * tumours), not after a comma or a setting alone ("In human PBMCs, (:) erastin does not…" does).
 */
function clauseStart(text: string, start: number, at: number): number {
  const before = text.slice(start, at);
  let cut = 0;
  // "X was preserved in intact cells, in keeping with the view that Y does not…": the view is the writer's own, said
  // in general, not of the cells the clause before it names.
  // "Consistent with the view that GPX4 is dispensable in lymphocytes, T cells …": an opening that says what the
  // finding agrees with ends at its comma; its words set nothing for the clause after it.
  for (const match of before.matchAll(/^\W*(?:consistent|in\s+keeping|in\s+line|in\s+agreement|in\s+accordance)\s+with\b[^,;:]*,|;|:(?<!^\s*(?:in|across|among|within)\b[^,;:]*:)|\b(?:because|since|given\s+that|whereas|although|though|while)\b|,\s*(?:so|but|and|(?:(?:which\s+is\s+)?(?:consistent|in\s+keeping|in\s+line|in\s+agreement|in\s+accordance)\s+with)|supporting|confirming)\b/gi)) cut = match.index + match[0].length;
  return start + cut;
}

/** Where the clause that goes on at `from` ends: its next comma, semicolon or colon, or `end`. */
function clauseEnd(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) if (/[,;:]/.test(text[k]!)) return k;
  return end;
}
