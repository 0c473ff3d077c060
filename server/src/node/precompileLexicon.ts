/** Build step: parses the built-in lexicon once and stores it beside the bundles (see lexiconFiles.ts). */
import { writeFileSync } from 'node:fs';
import { precompiledLexiconJson, precompiledLexiconPath } from './lexiconFiles';

writeFileSync(precompiledLexiconPath(), precompiledLexiconJson());
