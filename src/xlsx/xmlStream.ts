/**
 * Streams one package part through a namespace-aware XML parser (saxes): the zip entry is
 * inflated chunk by chunk, decoded and parsed as it comes, so a part never needs to sit in
 * memory as a whole. Elements are handed on by local name with their namespace, so prefixes
 * (`x:`, `ns0:`) and strict OOXML read like the usual default namespace. No Node API.
 *
 * A document type declaration is refused (Excel writes none; its entities are how "XML
 * bombs" blow a few bytes up into gigabytes), and so is malformed XML.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { inflateStream, type ZipEntry } from './zip';

/** SpreadsheetML's main namespace, transitional and strict. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
/** The namespace of relationship ids (r:id), transitional and strict. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

export type Tag = SaxesTagNS;

/** Thrown when a part holds a document type declaration. */
export class XmlDoctypeError extends Error {}

/** Thrown when a part is not well-formed XML. */
export class XmlSyntaxError extends Error {}

/** Thrown by a handler to stop reading a part early (everything needed was read). */
export class StopReading extends Error {}

export interface XmlHandler {
  open(tag: Tag): void;
  close?(tag: Tag): void;
  text?(text: string): void;
}

/** Checks between chunks (a time limit); throws to stop. */
export type Tick = () => void;

/**
 * Parses a zip entry as XML, at most `maxBytes` of it once inflated. Returns normally when
 * the part has been read or a handler threw StopReading.
 */
export function parseXmlEntry(entry: ZipEntry, maxBytes: number, handler: XmlHandler, tick?: Tick): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('opentag', (t) => handler.open(t));
  if (handler.close) parser.on('closetag', (t) => handler.close!(t as Tag));
  if (handler.text) parser.on('text', (s) => handler.text!(s));
  parser.on('doctype', () => {
    throw new XmlDoctypeError(entry.name);
  });
  parser.on('error', (e) => {
    throw new XmlSyntaxError(`${entry.name}: ${e.message}`);
  });
  let decoder: TextDecoder | null = null;
  try {
    inflateStream(entry, maxBytes, (chunk) => {
      tick?.();
      decoder ??= new TextDecoder(encodingOf(chunk));
      parser.write(decoder.decode(chunk, { stream: true }));
    });
    if (decoder) parser.write((decoder as TextDecoder).decode());
    parser.close();
  } catch (e) {
    if (e instanceof StopReading) return;
    throw e;
  }
}

/** UTF-16 when the part starts with its byte order mark, else UTF-8 (Excel's own). */
function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The value of an unqualified attribute (OOXML's own attributes carry no prefix). */
export function attr(tag: Tag, local: string): string | undefined {
  const a = tag.attributes[local];
  return a && !a.prefix ? a.value : undefined;
}

/** The relationship id of an element (`r:id`, whatever the prefix). */
export function relId(tag: Tag, local = 'id'): string | undefined {
  for (const k in tag.attributes) {
    const a = tag.attributes[k];
    if (a.local === local && (a.uri === REL_NS || a.uri === STRICT_REL_NS)) return a.value;
  }
  return undefined;
}

/** True for elements of SpreadsheetML (transitional, strict, or a part that forgot its namespace). */
export function isMain(tag: Tag): boolean {
  return tag.uri === MAIN_NS || tag.uri === STRICT_MAIN_NS || tag.uri === '';
}
