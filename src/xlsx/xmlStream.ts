/**
 * Streams one package part through an XML parser (saxes): the zip entry is inflated chunk by
 * chunk, decoded and parsed as it comes, so a part never needs to sit in memory as a whole.
 * Elements are handed on by local name with their namespace, so prefixes (`x:`, `ns0:`) and
 * strict OOXML read like the usual default namespace. No Node API.
 *
 * Namespaces are resolved here rather than by saxes: saxes builds an object for every
 * attribute and a namespace map for every element, which made reading a sheet's cells three
 * times slower than the XML itself. Here an element costs one small object; a namespace map
 * is made only where an element declares a namespace (in practice the root), and the checks
 * saxes makes (prefixes bound, names well formed, no attribute twice) are kept.
 *
 * A document type declaration is refused (Excel writes none; its entities are how "XML
 * bombs" blow a few bytes up into gigabytes), and so is malformed XML.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { inflateStream, type ZipEntry } from './zip';

/** SpreadsheetML's main namespace, transitional and strict. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
/** The namespace of relationship ids (r:id), transitional and strict. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** An element as the handlers see it. */
export interface Tag {
  /** Its name without prefix. */
  local: string;
  /** Its namespace ('' for none). */
  uri: string;
  /** Its attributes by name as written (`r`, `r:id`). */
  attributes: Record<string, string>;
  /** The namespaces in scope (prefix → namespace; '' is the default namespace). */
  scope: Scope;
}

/** Prefix → namespace; an element that declares namespaces chains its own map to its parent's. */
type Scope = Record<string, string>;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

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
  const parser = new SaxesParser({ xmlns: false, position: false });
  const fail = (message: string): never => {
    throw new XmlSyntaxError(`${entry.name}: ${message}`);
  };
  const open: Tag[] = [];
  let scope: Scope = ROOT_SCOPE;
  parser.on('opentag', (raw: SaxesTagPlain) => {
    const tag = namespaced(raw, scope, fail);
    open.push(tag);
    scope = tag.scope;
    handler.open(tag);
  });
  parser.on('closetag', () => {
    const tag = open.pop()!;
    scope = open.length ? open[open.length - 1].scope : ROOT_SCOPE;
    handler.close?.(tag);
  });
  if (handler.text) parser.on('text', (s) => handler.text!(s));
  parser.on('doctype', () => {
    throw new XmlDoctypeError(entry.name);
  });
  parser.on('error', (e) => fail(e.message));
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

/** The namespaces every document has. */
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS, xmlns: XMLNS_NS });

/**
 * An element with its namespace resolved, and the namespaces it declares: what saxes does
 * with `xmlns: true`, with the same errors (an unbound or misused prefix, a malformed name,
 * an attribute twice under one namespace).
 */
function namespaced(raw: SaxesTagPlain, parent: Scope, fail: (message: string) => never): Tag {
  const attributes = raw.attributes;
  let scope = parent;
  let prefixed = 0;
  for (const name in attributes) {
    const colon = name.indexOf(':');
    if (colon < 0) {
      if (name === 'xmlns') scope = declare(scope === parent ? Object.create(parent) : scope, '', attributes[name], fail);
      continue;
    }
    prefixed++;
    if (name.startsWith('xmlns:'))
      scope = declare(scope === parent ? Object.create(parent) : scope, qualified(name, colon, fail), attributes[name], fail);
  }
  const name = raw.name;
  const colon = name.indexOf(':');
  let local = name;
  let uri: string;
  if (colon < 0) uri = scope[''] ?? '';
  else {
    const prefix = name.slice(0, colon);
    local = qualified(name, colon, fail);
    if (prefix === 'xmlns') fail('tags may not have "xmlns" as prefix.');
    uri = scope[prefix] ?? '';
    if (uri === '') fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
  }
  if (prefixed) checkPrefixedAttributes(attributes, scope, prefixed, fail);
  return { local, uri, attributes, scope };
}

/** The local part of a prefixed name (after the colon at `colon`); fails for a malformed name. */
function qualified(name: string, colon: number, fail: (message: string) => never): string {
  const local = name.slice(colon + 1);
  if (colon === 0 || local === '' || local.includes(':')) fail(`malformed name: ${name}.`);
  return local;
}

/** Binds a prefix ('' for the default namespace) in `scope`, with the rules of Namespaces in XML. */
function declare(scope: Scope, prefix: string, value: string, fail: (message: string) => never): Scope {
  const uri = value.trim();
  if (prefix !== '' && uri === '') fail('invalid attempt to undefine prefix in XML 1.0');
  if ((prefix === 'xml') !== (uri === XML_NS) || prefix === 'xmlns' || uri === XMLNS_NS) {
    fail(`prefix ${JSON.stringify(prefix)} may not be bound to ${JSON.stringify(uri)}.`);
  }
  scope[prefix] = uri;
  return scope;
}

/** Every attribute prefix is bound, and no two attributes share a namespace and a local name. */
function checkPrefixedAttributes(attributes: Record<string, string>, scope: Scope, count: number, fail: (message: string) => never): void {
  // one prefixed attribute (x14ac:dyDescent on every row, say) cannot clash with another
  const seen = count > 1 ? new Set<string>() : null;
  for (const name in attributes) {
    const colon = name.indexOf(':');
    if (colon < 0) continue;
    const prefix = name.slice(0, colon);
    const local = qualified(name, colon, fail);
    const uri = scope[prefix];
    if (uri === undefined) fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
    if (!seen) continue;
    const expanded = `{${uri}}${local}`;
    if (seen.has(expanded)) fail(`duplicate attribute: ${expanded}.`);
    seen.add(expanded);
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
  return tag.attributes[local];
}

/** The relationship id of an element (`r:id`, whatever the prefix). */
export function relId(tag: Tag, local = 'id'): string | undefined {
  for (const name in tag.attributes) {
    const colon = name.indexOf(':');
    if (colon < 0 || name.slice(colon + 1) !== local) continue;
    const uri = tag.scope[name.slice(0, colon)];
    if (uri === REL_NS || uri === STRICT_REL_NS) return tag.attributes[name];
  }
  return undefined;
}

/** True for elements of SpreadsheetML (transitional, strict, or a part that forgot its namespace). */
export function isMain(tag: Tag): boolean {
  return tag.uri === MAIN_NS || tag.uri === STRICT_MAIN_NS || tag.uri === '';
}
