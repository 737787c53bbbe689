/**
 * A strict XML 1.0 reader for tests, on fast-xml-parser: its validator refuses what is not well-formed
 * (misnested or unclosed tags, unquoted or repeated attributes, a bare `&`), and the checks below add
 * what it lets through: characters XML forbids (also as references), unknown entities, `<` in an
 * attribute, undeclared namespace prefixes, more than one root. Returns a small tree to query.
 * No DTDs: our documents never have one.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string };

const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const KNOWN_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  ignoreDeclaration: true,
});

/** What the validator does not look at: forbidden characters, entities, `<` in attribute values. */
function checkCharactersAndReferences(source: string): void {
  const bad = INVALID_CHAR.exec(source);
  if (bad) throw new Error(`Forbidden character U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}`);
  const withoutCdata = source.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  for (const [, ref] of withoutCdata.matchAll(/&([^;\s<&]*);/g)) {
    if (KNOWN_ENTITIES.has(ref!)) continue;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref!);
    if (!num) throw new Error(`Unknown entity &${ref};`);
    const code = num[1] ? parseInt(num[1], 16) : Number(num[2]);
    if (code > 0x10ffff || INVALID_CHAR.test(String.fromCodePoint(code))) throw new Error(`Character reference to a forbidden character: &${ref};`);
  }
  if (/<[^!?][^>]*\s[\w:.-]+\s*=\s*("[^"]*<|'[^']*<)/.test(withoutCdata)) throw new Error('Unescaped "<" in an attribute value');
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function toNode(entry: Ordered, inScope: Set<string>): XmlNode {
  const name = Object.keys(entry).find((k) => k !== ':@')!;
  const attrs = { ...(entry[':@'] ?? {}) };
  const ns = new Set(inScope);
  for (const key of Object.keys(attrs)) if (key.startsWith('xmlns:')) ns.add(key.slice(6));
  for (const qualified of [name, ...Object.keys(attrs).filter((k) => !k.startsWith('xmlns:'))]) {
    const prefix = qualified.includes(':') ? qualified.split(':')[0]! : null;
    if (prefix !== null && !ns.has(prefix)) throw new Error(`Undeclared namespace prefix in ${qualified}`);
  }
  const node: XmlNode = { name, attrs, children: [], text: '' };
  for (const item of entry[name] as Ordered[]) {
    if ('#text' in item) node.text += String(item['#text']);
    else if ('#cdata' in item) node.text += (item['#cdata'] as { '#text': string }[]).map((t) => t['#text']).join('');
    else if (!('#comment' in item)) node.children.push(toNode(item, ns));
  }
  return node;
}

export function parseXml(source: string): XmlNode {
  checkCharactersAndReferences(source);
  const valid = XMLValidator.validate(source, { allowBooleanAttributes: false });
  if (valid !== true) throw new Error(`Not well-formed XML (${valid.err.code}): ${valid.err.msg} at line ${valid.err.line}`);
  const top = (parser.parse(source) as Ordered[]).filter((e) => !('#comment' in e) && !('#text' in e && String(e['#text']).trim() === ''));
  if (top.some((e) => '#text' in e)) throw new Error('Text outside the root element');
  if (top.length === 0) throw new Error('No root element');
  if (top.length > 1) throw new Error('More than one root element');
  return toNode(top[0]!, new Set(['xml']));
}

/** Direct children with this name. */
export const childrenNamed = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);

/** The one direct child with this name (throws when missing). */
export function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

export const textOf = (node: XmlNode, name: string) => child(node, name).text;
