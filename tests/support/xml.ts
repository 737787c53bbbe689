/**
 * A strict, tiny XML 1.0 reader for tests: it throws on anything that is not well-formed (unbalanced or
 * misnested tags, unquoted or duplicate attributes, bare `&` or `<`, unknown entities, characters XML
 * forbids, undeclared namespace prefixes, more than one root) and returns a small tree to query.
 * No DTDs: our documents never have one.
 */

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string };

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`Unescaped "<" in ${where}`);
  return raw.replace(/&([^;\s&]*);?/g, (match, ref: string) => {
    if (!match.endsWith(';')) throw new Error(`Bare "&" in ${where}: ${JSON.stringify(match)}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new Error(`Unknown entity &${ref}; in ${where}`);
    const code = num[1] ? parseInt(num[1], 16) : Number(num[2]);
    const ch = String.fromCodePoint(code);
    if (INVALID_CHAR.test(ch)) throw new Error(`Character reference to a forbidden character in ${where}`);
    return ch;
  });
}

export function parseXml(source: string): XmlNode {
  const bad = INVALID_CHAR.exec(source);
  if (bad) throw new Error(`Forbidden character U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}`);
  let pos = 0;
  const stack: { node: XmlNode; ns: Set<string> }[] = [];
  let root: XmlNode | null = null;

  const expect = (cond: boolean, message: string) => {
    if (!cond) throw new Error(`${message} at offset ${pos}: ${JSON.stringify(source.slice(pos, pos + 40))}`);
  };

  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    expect(end > 0, 'Unterminated XML declaration');
    expect(
      /^<\?xml version="1\.[0-9]"( encoding="[A-Za-z0-9._-]+")?( standalone="(yes|no)")?\s*\?>$/.test(source.slice(0, end + 2)),
      'Malformed XML declaration',
    );
    pos = end + 2;
  }

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const text = source.slice(pos, lt === -1 ? source.length : lt);
    if (text) {
      const top = stack[stack.length - 1];
      if (top) top.node.text += decode(text, `text of <${top.node.name}>`);
      else expect(text.trim() === '', 'Text outside the root element');
    }
    if (lt === -1) break;
    pos = lt;

    if (source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos + 4);
      expect(end !== -1 && !source.slice(pos + 4, end).includes('--'), 'Malformed comment');
      pos = end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', pos)) {
      const top = stack[stack.length - 1];
      expect(Boolean(top), 'CDATA outside the root element');
      const end = source.indexOf(']]>', pos);
      expect(end !== -1, 'Unterminated CDATA section');
      top!.node.text += source.slice(pos + 9, end);
      pos = end + 3;
      continue;
    }
    expect(!source.startsWith('<!', pos) && !source.startsWith('<?', pos), 'Unsupported markup declaration or processing instruction');

    if (source.startsWith('</', pos)) {
      pos += 2;
      const name = NAME.exec(source.slice(pos))?.[0];
      expect(Boolean(name), 'Bad closing tag name');
      pos += name!.length;
      while (/\s/.test(source[pos] ?? '')) pos++;
      expect(source[pos] === '>', 'Closing tag not ended with ">"');
      pos++;
      const open = stack.pop();
      expect(open?.node.name === name, `Closing </${name}> does not match <${open?.node.name ?? '(none)'}>`);
      continue;
    }

    pos += 1;
    const name = NAME.exec(source.slice(pos))?.[0];
    expect(Boolean(name), 'Bad element name');
    pos += name!.length;
    const node: XmlNode = { name: name!, attrs: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0].length;
      pos += ws;
      if (source.startsWith('/>', pos) || source[pos] === '>') break;
      expect(ws > 0, 'Attributes must be separated by white space');
      const attr = NAME.exec(source.slice(pos))?.[0];
      expect(Boolean(attr), 'Bad attribute name');
      pos += attr!.length;
      expect(source[pos] === '=', `Attribute ${attr} without "="`);
      pos++;
      const quote = source[pos];
      expect(quote === '"' || quote === "'", `Attribute ${attr} not quoted`);
      const end = source.indexOf(quote!, pos + 1);
      expect(end !== -1, `Unterminated value of ${attr}`);
      expect(!(attr! in node.attrs), `Duplicate attribute ${attr}`);
      node.attrs[attr!] = decode(source.slice(pos + 1, end), `attribute ${attr}`);
      pos = end + 1;
    }

    const parentNs = stack[stack.length - 1]?.ns ?? new Set(['xml']);
    const ns = new Set(parentNs);
    for (const key of Object.keys(node.attrs)) if (key.startsWith('xmlns:')) ns.add(key.slice(6));
    for (const qualified of [node.name, ...Object.keys(node.attrs).filter((k) => !k.startsWith('xmlns:'))]) {
      const prefix = qualified.includes(':') ? qualified.split(':')[0]! : null;
      expect(prefix === null || ns.has(prefix), `Undeclared namespace prefix in ${qualified}`);
    }

    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else {
      expect(root === null, 'More than one root element');
      root = node;
    }
    if (source.startsWith('/>', pos)) {
      pos += 2;
    } else {
      pos += 1;
      stack.push({ node, ns });
    }
  }
  if (stack.length) throw new Error(`Unclosed element <${stack[stack.length - 1]!.node.name}>`);
  if (!root) throw new Error('No root element');
  return root;
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
