import { looksLikeCode, typographic } from './typography';

/**
 * Comments are plain text. This splits one into paragraphs of text and link segments; React renders the
 * segments, so nothing typed is ever parsed as HTML. Only well-formed http(s) URLs become links.
 */
export type CommentSegment = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };
export type CommentParagraph = { lines: CommentSegment[][] };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»”’]+$/;

export function safeHttpUrl(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

function segmentLine(line: string, typeset: boolean): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    let raw = match[0];
    const trailing = raw.match(TRAILING_PUNCTUATION)?.[0] ?? '';
    // Keep a closing bracket that belongs to the URL, e.g. a Wikipedia link.
    if (trailing) raw = raw.slice(0, raw.length - trailing.length);
    const start = match.index;
    const href = safeHttpUrl(raw);
    if (!href) continue;
    if (start > last) segments.push({ type: 'text', text: line.slice(last, start) });
    segments.push({ type: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < line.length) segments.push({ type: 'text', text: line.slice(last) });
  if (!typeset) return segments;
  return segments.map((segment, i) => (segment.type === 'text' ? { type: 'text', text: typesetText(segment.text, i > 0) } : segment));
}

/** Typographic quotes and dashes in what the reader typed; after a link, a quote closes. */
function typesetText(text: string, afterLink: boolean): string {
  return afterLink ? typographic(`x${text}`).slice(1) : typographic(text);
}

export function parseCommentText(body: string): CommentParagraph[] {
  const typeset = !looksLikeCode(body);
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ lines: p.split('\n').map((line) => segmentLine(line, typeset)) }));
}
