import { smartypantsu } from 'smartypants';

/**
 * Typographic quotes, apostrophes, dashes and ellipses, as a copy desk would set them: "word" becomes
 * “word”, it's becomes it’s, -- and --- become an em dash, ... an ellipsis. Works on HTML as well as
 * text: tags, and the insides of <code>, <pre>, <kbd> and <script>, are left as they are, and the
 * direction of a quote is judged across tags ("<em>word</em>" closes after the </em>). Output is
 * characters, not entities, so it can be escaped or placed like any other text.
 */
export function typographic(text: string): string {
  return smartypantsu(text.replace(/---/g, '—'), 'qde');
}

/**
 * Text that reads as code or markup (angle brackets, braces, backticks, an equals sign) is left exactly
 * as typed: quoting a snippet, a reader or an editor means those very characters.
 */
export function looksLikeCode(text: string): boolean {
  return /[<>{}`=]|&lt;|&gt;/.test(text);
}

/** `typographic`, unless `source` (the whole text `text` comes from) reads as code. */
export function typographicProse(text: string, source: string = text): string {
  return looksLikeCode(source) ? text : typographic(text);
}

const BLOCK = /<(p|li|h[2-4]|td|th)\b[^>]*>[\s\S]*?<\/\1>/g;

/** `typographic` for sanitized article HTML, block by block, skipping blocks that quote code. */
export function typographicHtml(html: string): string {
  return html.replace(BLOCK, (block) => typographicProse(block, block.replace(/<[^>]*>/g, '')));
}
