/**
 * PostgreSQL's ts_headline marks matches with StartSel/StopSel strings. We use two control characters
 * that never occur in stored text (the query strips them from the source first), and split on them here
 * so that React renders the marks as elements and every other character as text.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export type HighlightPart = { text: string; hit: boolean };

export function splitHighlights(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let hit = false;
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += buffer;
    else parts.push({ text: buffer, hit });
    buffer = '';
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      flush();
      hit = ch === HIGHLIGHT_START;
    } else {
      buffer += ch;
    }
  }
  flush();
  return parts;
}

/** The text without any markers (for titles and accessible names). */
export function stripHighlights(marked: string): string {
  return marked.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_END).join('');
}
