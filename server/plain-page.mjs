// @ts-check
/**
 * A small complete HTML page for answers the server gives before Next.js renders anything (a
 * malformed address, an oversized form, a failed request). Self-contained: no scripts, inline styles.
 */

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {number} status
 * @param {string} title
 * @param {string} message
 */
export function plainPage(status, title, message) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} | NewsHub</title>
<style>body{font:18px/1.6 Georgia,serif;margin:0;background:#fbfaf7;color:#1a1a1a}main{max-width:36rem;margin:12vh auto;padding:0 1.25rem}
h1{font-size:1.8rem;line-height:1.2}a{color:#b3261e}p.code{color:#666;font:14px system-ui,sans-serif;letter-spacing:.05em;text-transform:uppercase}
@media (prefers-color-scheme: dark){body{background:#121212;color:#eee}a{color:#ff8a80}p.code{color:#aaa}}</style></head>
<body><main><p class="code">NewsHub · ${status}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to the front page</a></p></main></body></html>
`;
}

/**
 * Answers with a plain page, keeping headers already set (the security headers).
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} title
 * @param {string} message
 * @param {Record<string, string>} [headers]
 */
export function sendPlainPage(res, status, title, message, headers = {}) {
  const body = Buffer.from(plainPage(status, title, message), 'utf8');
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', String(body.length));
  res.setHeader('Cache-Control', 'no-store');
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  res.end(body);
}
