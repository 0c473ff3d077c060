/**
 * Where a chapter says its root is: the `% !TEX root = ../thesis.tex` magic comment of TeXShop, TeXstudio,
 * TeXworks and LaTeX Workshop (any case, spaces optional), or the subfiles package's
 * `\documentclass[../thesis.tex]{subfiles}`. A file with any other `\documentclass` is a root itself.
 */
import { Markup } from '../analysis';
import { citableSource } from '../bibliography/citationContext';

export interface RootDirective {
  /** The root's path as written, relative to this file's folder. */
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

const MAGIC_ROOT = /^[ \t]*%+[ \t]*!TEX[ \t]+root[ \t]*=[ \t]*(\S(?:[^\r\n]*\S)?)[ \t]*$/im;
const DOCUMENTCLASS = /\\documentclass\s*(?:\[([^\]]*)\])?\s*\{\s*([^{}\s]*)\s*\}/;

export function findRootDirective(source: string): RootDirective | undefined {
  const magic = MAGIC_ROOT.exec(source);
  if (magic) {
    const start = magic.index + magic[0].indexOf(magic[1]!, magic[0].indexOf('='));
    return { path: magic[1]!, start, end: start + magic[1]!.length };
  }
  const documentclass = DOCUMENTCLASS.exec(citableSource(source, Markup.Latex));
  if (documentclass?.[2] === 'subfiles' && documentclass[1]?.trim()) {
    const path = documentclass[1].trim();
    const start = documentclass.index + documentclass[0].indexOf(path);
    return { path, start, end: start + path.length };
  }
  return undefined;
}

/** Whether the source is a document LaTeX can compile: it has a `\documentclass` (outside comments) that is not subfiles'. */
export function isRootDocument(source: string): boolean {
  const documentclass = DOCUMENTCLASS.exec(citableSource(source, Markup.Latex));
  return documentclass !== null && documentclass[2] !== 'subfiles';
}
