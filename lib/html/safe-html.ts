/**
 * HTML built as a string, for markup React need not hydrate (see lib/content/thread-html.ts). Every
 * value placed in an `html` template is escaped, in text and in quoted attributes alike; only another
 * `html` result (or a list of them) goes in as markup. There is no way to mark a plain string as safe.
 */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string, key: symbol) {
    if (key !== MINT) throw new Error('SafeHtml is made by the html template only');
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const MINT = Symbol('safe-html');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function piece(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/**
 * A line break in a template, with the indentation around it, is the layout of the source (Prettier
 * formats `html` templates as HTML), not content: beside a tag boundary it goes, elsewhere (between
 * attributes) it is one space.
 */
function compact(literal: string): string {
  return literal
    .replace(/>[ \t]*\n\s*/g, '>')
    .replace(/\s*\n\s*([<>])/g, '$1')
    .replace(/\s*\n\s*/g, ' ');
}

const compacted = new WeakMap<TemplateStringsArray, string[]>();

function literals(strings: TemplateStringsArray): string[] {
  let parts = compacted.get(strings);
  if (!parts) {
    parts = strings.map(compact);
    compacted.set(strings, parts);
  }
  return parts;
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const parts = literals(strings);
  let markup = parts[0] ?? '';
  values.forEach((value, i) => {
    markup += piece(value) + (parts[i + 1] ?? '');
  });
  return new SafeHtml(markup, MINT);
}
