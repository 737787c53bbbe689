// @ts-check
/**
 * Pages paint before the framework's scripts run.
 *
 * Next.js (App Router) writes its scripts as `<script async>`, and an async script runs the moment it
 * has arrived, even while the browser is still laying out and painting the page it has: the first paint
 * then waits behind 130 KB of JavaScript being compiled and run (an open report upstream; Next.js has
 * no option to defer them), and on a phone's connection their 130 KB share the line with the page's
 * stylesheet and lead image. In every reader page the server sends (`paintsFirst`), those tags are replaced
 * by a few lines that insert the same scripts, as async scripts, once the page's first contentful paint
 * and its lead image are on screen: the story shows first, which is what a reader on a phone waits for.
 * The scripts are cached for a year, so on every page after the first they run a moment after the paint.
 * The page's load event still waits for them, as it waited for the tags they replace.
 *
 * Only the framework's own tags are touched (`/_next/static/…`, exactly as React writes them). A tag
 * written any other way, or one split across two pieces of a streamed answer, is left as it is: it then
 * runs as it always did. So is every tag of an error shell (`<html id="__next_error__">`, which Next.js
 * sends for a not-found or failed render): its body is drawn by the scripts, so there is no paint to
 * wait for.
 */
import { LRUCache } from 'lru-cache';
import { isUtf8 } from './encoded-body-cache.mjs';

const SCRIPT_TAG = /<script src="(\/_next\/static\/[^"<>?#&\\]+\.js(?:\?[^"<>&\\]*)?)"(?: id="([\w-]+)")? async=""><\/script>/g;
/** Cheap test for a piece of a streamed page that may hold such a tag, as text and as bytes. */
const TAG_END = 'async=""></script>';
const TAG_END_BYTES = Buffer.from(TAG_END);
const ERROR_SHELL = '<html id="__next_error__"';
/**
 * Inserts the scripts, in order, as async scripts, once: when the page has painted and its lead image
 * (an `img` with `elementtiming="lead"`) is on screen, or when that image fails, is out of view or
 * absent; after two seconds at the latest; at once where the browser cannot report paints. Each item of
 * `u` is [src] or [src, id].
 * Until then the document's load event is held, as the scripts in the HTML held it, so that whatever
 * waits for a page to load (a browser's progress indicator, automation) still finds the scripts run:
 * a hidden frame whose document is open counts as loading (the HTML standard's document.open()), and
 * is closed and removed in the same task that inserts the scripts, which then hold the event themselves.
 */
const LOADER = [
  '(function(u){var d=document,P=window.PerformanceObserver,t=P&&P.supportedEntryTypes||[],p=0,l=t.indexOf("element")<0,f;',
  'function go(){if(!u)return;var a=u;u=null;a.forEach(function(x){var e=d.createElement("script");e.src=x[0];if(x[1])e.id=x[1];e.async=true;d.head.appendChild(e)});',
  'if(f){try{f.contentDocument.close()}catch(e){}f.remove()}}',
  'function check(){if(!p)return;var i=l?null:d.querySelector("img[elementtiming=lead]"),r=i&&i.getBoundingClientRect();',
  'if(!i||(i.complete&&!i.naturalWidth)||r.bottom<=0||r.top>=innerHeight||!r.width)l=1;if(l)go()}',
  'if(t.indexOf("paint")<0)return go();',
  'if(d.readyState!=="complete")try{f=d.createElement("iframe");f.hidden=true;f.tabIndex=-1;f.title="";f.setAttribute("aria-hidden","true");',
  '(d.body||d.documentElement).appendChild(f);f.contentDocument.open()}catch(e){}',
  'new P(function(s){s.getEntries().forEach(function(e){if(e.name==="first-contentful-paint")p=1});check()}).observe({type:"paint",buffered:true});',
  'if(!l){new P(function(s){s.getEntries().forEach(function(e){if(e.identifier==="lead")l=1});check()}).observe({type:"element",buffered:true});',
  'd.addEventListener("error",function(e){if(e.target.getAttribute&&e.target.getAttribute("elementtiming")==="lead"){l=1;check()}},true)}',
  'setTimeout(go,2000)})',
].join('');

/**
 * `html` (a page, or one piece of a streamed page) with the framework's async scripts replaced by one
 * loader where the last of them was; the same string when it has none.
 * @param {string} html
 */
export function paintFirst(html) {
  if (html.includes(ERROR_SHELL)) return html;
  const tags = [...html.matchAll(SCRIPT_TAG)];
  if (tags.length === 0) return html;
  let out = '';
  let at = 0;
  for (const tag of tags) {
    out += html.slice(at, tag.index);
    at = tag.index + tag[0].length;
  }
  // Sources and ids hold no quote, angle bracket, ampersand or backslash: as JSON they are the same text.
  const sources = JSON.stringify(tags.map((tag) => (tag[2] ? [tag[1], tag[2]] : [tag[1]])));
  return `${out}<script>${LOADER}(${sources})</script>${html.slice(at)}`;
}

/**
 * Whether the pages a request gets paint first: reader pages (GET or HEAD, whatever the client says it
 * accepts, as nginx's micro-cache keys pages without Accept), not the newsroom, where an editor works
 * with the page at once and the scripts should run as soon as they arrive.
 * @param {import('node:http').IncomingMessage} req
 */
export function paintsFirst(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return !/^\/admin(?:[/?#]|$)/.test(req.url ?? '');
}

/**
 * `paintFirst` for whole pages, giving the same string back for the same page, so that the caches
 * keyed by a page's text (encoded-body-cache.mjs, compressed-bodies.mjs) still hit.
 * @param {{ maxBytes?: number }} [options] maxBytes: memory held, counting each kept page and its rewrite.
 */
export function createPaintFirstPages({ maxBytes = 16 * 1024 * 1024 } = {}) {
  /** @type {LRUCache<string, string>} */
  const pages = new LRUCache({ maxSize: maxBytes, sizeCalculation: (out, text) => (text.length + (out === text ? 0 : out.length)) * 2 });
  /** @param {string} text */
  return function page(text) {
    const kept = pages.get(text);
    if (kept !== undefined) return kept;
    const out = paintFirst(text);
    pages.set(text, out);
    return out;
  };
}

/**
 * Applies `paintFirst` to an HTML page Next.js sends on `res`: whole with `end(text)`, or in pieces.
 * Call after anything else that wraps the response's `write` and `end` (compression), so that this
 * sees the page first.
 * @param {import('node:http').ServerResponse} res
 * @param {(text: string) => string} page from createPaintFirstPages()
 */
export function paintFirstResponse(res, page) {
  const write = res.write;
  const end = res.end;
  const isHtml = () => String(res.getHeader('content-type') ?? '').startsWith('text/html');
  // Set by the first piece of an error shell: its later pieces are left alone too.
  let shell = false;

  /** A piece of a streamed page, rewritten if it holds a tag; as it was otherwise. @param {any} chunk @param {any} encoding */
  function piece(chunk, encoding) {
    if (shell) return chunk;
    if (typeof chunk === 'string' && isUtf8(encoding)) {
      shell = chunk.includes(ERROR_SHELL);
      return chunk.includes(TAG_END) ? paintFirst(chunk) : chunk;
    }
    if (!(chunk instanceof Uint8Array)) return chunk;
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    shell = bytes.indexOf(ERROR_SHELL) !== -1;
    if (bytes.indexOf(TAG_END_BYTES) === -1) return chunk;
    const text = bytes.toString('utf8');
    const out = paintFirst(text);
    return out === text ? chunk : Buffer.from(out, 'utf8');
  }

  /** Next.js promised the length of the page it rendered. @param {any} chunk @param {any} out */
  function lengthChanged(chunk, out) {
    if (out !== chunk && !res.headersSent && res.hasHeader('content-length')) res.setHeader('Content-Length', Buffer.byteLength(out));
  }

  /** @param {any[]} args */
  res.write = function (...args) {
    if (isHtml()) args[0] = piece(args[0], args[1]);
    return write.apply(this, /** @type {any} */ (args));
  };
  /** @param {any[]} args */
  res.end = function (...args) {
    const [chunk, encoding] = args;
    // HEAD: Next.js states the length of the page it rendered, which is not the page a GET is sent.
    if (this.req?.method === 'HEAD' && !this.headersSent && isHtml()) this.removeHeader('content-length');
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function' && isHtml()) {
      const out = typeof chunk === 'string' && isUtf8(encoding) && !this.headersSent ? page(chunk) : piece(chunk, encoding);
      lengthChanged(chunk, out);
      args[0] = out;
    }
    return end.apply(this, /** @type {any} */ (args));
  };
}
