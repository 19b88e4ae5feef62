/**
 * The Open Packaging Conventions an .xlsx file is built on: part names, relationships and
 * their targets. Shared by the reader and the writer; no Node API.
 */
import type { ZipEntry } from './zip';

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/**
 * The last segment of a relationship type: the same for transitional
 * (http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet) and strict
 * OOXML (http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet).
 */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

/** The .rels part of a part ('' is the package itself). */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a .rels part belongs to ('' for the package's own). */
export function ownerOf(rels: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return m ? m[1] + m[2] : '';
}

/** A relationship target, relative to its source part, as a package path. */
export function resolve(source: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const path = t.startsWith('/') ? t.slice(1) : source.slice(0, source.lastIndexOf('/') + 1) + t;
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // a malformed escape: take the target as written
  }
  const out: string[] = [];
  for (const seg of decoded.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/**
 * The parts of a package by name. Part names compare case-insensitively (as OPC says; a
 * relationship to "sheet2.xml" finds "Sheet2.xml"). Of two entries with the same name the
 * first one counts; the other is never read, and a writer copies both as they are.
 */
export class PartIndex {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(readonly entries: ZipEntry[]) {
    for (const e of entries) {
      const key = e.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, e);
    }
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
}
