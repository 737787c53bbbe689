// @ts-check
/**
 * Rewrites a rendered HTML document so that every character above U+007F is written as an escape:
 * a character reference (`&#x2019;`) in markup and text, a `\u2019` escape inside <script> elements
 * (where Next.js inlines its payload as JavaScript string literals and we inline JSON-LD). The
 * document means exactly the same to a browser.
 *
 * Why: V8 keeps a string with any character above U+00FF (a curly quote, a dash) at two bytes per
 * character, and measuring or encoding such a string for every response is several times slower
 * than for an ASCII one (see page-cache-handler.cjs, which applies this to cached pages).
 *
 * The input is React's output: attribute values always quoted, `<` in text escaped. Anything this
 * scanner does not expect (a non-ASCII character in a tag name, a comment or a <style> element, or
 * after an odd run of backslashes in a script) makes it return the document unchanged: slower, never wrong.
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** @param {number} code */
function isAsciiLetter(code) {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** @param {string} html @param {number} i */
function hex4(html, i) {
  return '\\u' + html.charCodeAt(i).toString(16).padStart(4, '0');
}

/**
 * @param {string} html
 * @param {number} from
 * @param {string} closing lower-case, e.g. "</script"
 * @returns {number} the index of the closing tag, or html.length
 */
function indexOfClosingTag(html, from, closing) {
  for (let at = from; ;) {
    const found = html.indexOf('</', at);
    if (found === -1) return html.length;
    if (html.slice(found, found + closing.length).toLowerCase() === closing) return found;
    at = found + 2;
  }
}

/**
 * @param {string} html
 * @returns {string} the same document in ASCII (stored one byte per character), or `html` itself when
 *   it holds something this scanner does not handle
 */
function toAsciiHtml(html) {
  if (!NON_ASCII.test(html)) return oneByte(html);
  let out = '';
  let copiedTo = 0;
  let i = 0;
  const n = html.length;

  /** Text and attribute values: character references, one per code point. */
  const escapeMarkup = (/** @type {number} */ end) => {
    for (let j = i; j < end; j++) {
      const code = html.charCodeAt(j);
      if (code < 0x80) continue;
      out += html.slice(copiedTo, j);
      const point = html.codePointAt(j) ?? code;
      const isLoneSurrogate = point >= 0xd800 && point <= 0xdfff;
      out += '&#x' + (isLoneSurrogate ? 0xfffd : point).toString(16) + ';';
      if (point > 0xffff) j += 1;
      copiedTo = j + 1;
    }
    i = end;
  };

  /** Script text: JavaScript escapes, one per UTF-16 code unit. */
  const escapeScript = (/** @type {number} */ end) => {
    for (let j = i; j < end; j++) {
      if (html.charCodeAt(j) < 0x80) continue;
      let backslashes = 0;
      while (html.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes += 1;
      if (backslashes % 2 === 1) return false;
      out += html.slice(copiedTo, j) + hex4(html, j);
      copiedTo = j + 1;
    }
    i = end;
    return true;
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    escapeMarkup(textEnd);
    if (lt === -1) break;

    if (html.startsWith('<!--', lt)) {
      // Character references are not decoded in comments; React writes only ASCII ones.
      const close = html.indexOf('-->', lt + 4);
      const end = close === -1 ? n : close + 3;
      if (NON_ASCII.test(html.slice(lt, end))) return html;
      i = end;
      continue;
    }
    const isClosing = html.charCodeAt(lt + 1) === 0x2f;
    const nameStart = lt + (isClosing ? 2 : 1);
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      // A lone "<" is text.
      escapeMarkup(lt + 1);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < n && /[A-Za-z0-9-]/.test(html[nameEnd] ?? '')) nameEnd += 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();

    // The rest of the tag: attributes, quoted values may hold any character.
    let j = nameEnd;
    let quote = 0;
    for (; j < n; j++) {
      const code = html.charCodeAt(j);
      if (quote) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) {
        quote = code;
      } else if (code === 0x3e) {
        break;
      } else if (code >= 0x80) {
        return html;
      }
    }
    const tagEnd = Math.min(j + 1, n);
    escapeMarkup(tagEnd);
    const selfClosing = html.charCodeAt(tagEnd - 2) === 0x2f;
    if (isClosing || selfClosing) continue;

    if (name === 'script') {
      const close = indexOfClosingTag(html, tagEnd, '</script');
      if (!escapeScript(close)) return html;
    } else if (name === 'style') {
      const close = indexOfClosingTag(html, tagEnd, '</style');
      if (NON_ASCII.test(html.slice(tagEnd, close))) return html;
      i = close;
    }
  }
  return oneByte(out + html.slice(copiedTo));
}

/**
 * The same ASCII text as a string V8 stores one byte per character. Slices of a two-byte string stay
 * two-byte whatever they hold, so the escaped document is copied once more through a buffer.
 * @param {string} ascii
 */
function oneByte(ascii) {
  return Buffer.from(ascii, 'latin1').toString('latin1');
}

module.exports = { toAsciiHtml };
