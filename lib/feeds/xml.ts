/**
 * A small XML writer for feeds and sitemaps. Text and attribute values are escaped here and nowhere else;
 * element and attribute names come from our code and are checked, so a mistake fails loudly in tests.
 */

import { escapeHtml } from '@/lib/html/safe-html';

// Everything XML 1.0 does not allow: C0 controls except tab, newline and carriage return, lone
// surrogates, U+FFFE and U+FFFF. (With the u flag a lone surrogate is matched as its own code point.)
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters an XML 1.0 document cannot contain, even escaped. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for an XML element or a quoted attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Plain text as HTML paragraphs: blank lines separate paragraphs, single newlines become <br>. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

type Attrs = Record<string, string | number | null | undefined>;
type Child = XmlElement | string | null | undefined | false;

export type XmlElement = { name: string; attrs: Attrs; children: Child[] };

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

/** An element. Null, undefined and false children, and null or undefined attributes, are left out. */
export function el(name: string, attrs: Attrs | null = null, ...children: (Child | Child[])[]): XmlElement {
  if (!NAME.test(name)) throw new Error(`Invalid XML element name: ${name}`);
  for (const key of Object.keys(attrs ?? {})) if (!NAME.test(key)) throw new Error(`Invalid XML attribute name: ${key}`);
  return { name, attrs: attrs ?? {}, children: children.flat() };
}

function render(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const children = node.children.filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  if (children.length === 0) {
    out.push(`${pad}<${node.name}${attrs}/>`);
  } else if (children.every((c) => typeof c === 'string')) {
    out.push(`${pad}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`);
  } else {
    out.push(`${pad}<${node.name}${attrs}>`);
    for (const child of children) {
      if (typeof child === 'string') out.push(`${pad}  ${escapeXml(child)}`);
      else render(child, depth + 1, out);
    }
    out.push(`${pad}</${node.name}>`);
  }
}

/** A complete UTF-8 XML document. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, 0, out);
  return `${out.join('\n')}\n`;
}
