/**
 * Shortens text for the sidebar and listings without splitting a character: counts code points, collapses
 * white space, cuts at a word boundary when one is near, and adds an ellipsis.
 */
export function excerpt(text: string, maxChars = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= maxChars) return flat;
  let cut = chars.slice(0, maxChars).join('');
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > maxChars * 0.6) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s.,;:!?-]+$/, '')}…`;
}
