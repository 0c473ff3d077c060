/** URLs for identifiers and DOIs. Identifiers come validated by the lexicon schema; DOIs are percent-encoded. */
export function xrefUrl(curie: string): string | undefined {
  const colon = curie.indexOf(':');
  const prefix = curie.slice(0, colon);
  const local = encodeURIComponent(curie.slice(colon + 1));
  switch (prefix) {
    case 'HGNC':
      return `https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:${local}`;
    case 'UniProt':
      return `https://www.uniprot.org/uniprotkb/${local}/entry`;
    case 'PubChem':
      return `https://pubchem.ncbi.nlm.nih.gov/compound/${local}`;
    default:
      // Any other CURIE (CHEBI:16856, CL:0000625) through identifiers.org's resolver, when the prefix is plain.
      return /^[A-Za-z][A-Za-z0-9_.]*$/.test(prefix) && local !== '' ? `https://identifiers.org/${prefix}:${local}` : undefined;
  }
}

export function doiUrl(doi: string): string {
  // A DOI may hold characters that end a Markdown link target; encode them but keep its slashes readable.
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
