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
      return undefined;
  }
}

export function doiUrl(doi: string): string {
  // A DOI may hold characters that end a Markdown link target; encode them but keep its slashes readable.
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
