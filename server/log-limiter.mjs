// @ts-check
/**
 * Keeps error logs readable and small when someone floods the server with bad requests (garbage
 * Server Action posts make Next.js log a stack trace each). Per kind of message and minute: the first
 * few are written whole, the next ones as one line, the rest only counted and summed up once the
 * minute is over. A kind is the first line with quoted text and numbers blanked out.
 */
import { format } from 'node:util';

/** @param {string} firstLine */
export const messageKind = (firstLine) =>
  firstLine
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"')
    .replace(/\b[0-9a-f]{8,}\b/gi, '#')
    .replace(/\d+/g, '#')
    .slice(0, 200);

/**
 * @param {{ write: (text: string) => void; now?: () => number; whole?: number; oneLine?: number; windowMs?: number }} options
 * @returns {(...args: unknown[]) => void} a replacement for console.error
 */
export function createLimitedLogger({ write, now = Date.now, whole = 3, oneLine = 20, windowMs = 60_000 }) {
  /** @type {Map<string, { count: number; dropped: number; sample: string }>} */
  let kinds = new Map();
  let windowStart = now();

  const flush = () => {
    for (const [, seen] of kinds) {
      if (seen.dropped > 0) write(`[log] ${seen.dropped} more like this in the last minute: ${seen.sample}\n`);
    }
    kinds = new Map();
  };

  return (...args) => {
    const time = now();
    if (time - windowStart >= windowMs) {
      flush();
      windowStart = time;
    }
    const text = format(...args);
    const firstLine = text.split('\n', 1)[0] ?? '';
    const kind = messageKind(firstLine);
    const seen = kinds.get(kind) ?? { count: 0, dropped: 0, sample: firstLine.slice(0, 300) };
    if (!kinds.has(kind)) {
      if (kinds.size >= 1000) flush();
      kinds.set(kind, seen);
    }
    seen.count += 1;
    if (seen.count <= whole) write(`${text}\n`);
    else if (seen.count <= whole + oneLine) write(`${firstLine.slice(0, 500)}\n`);
    else seen.dropped += 1;
  };
}
