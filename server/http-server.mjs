// @ts-check
/**
 * The HTTP server: Next.js's request handler on a Node HTTP server of our own. `npm start` runs it
 * (supervised by scripts/serve.ts, with the database already prepared); `npm run dev` runs it with
 * `--dev`. PORT says where to listen. Plain JavaScript, so that no TypeScript loader sits in front of
 * the modules Next.js loads while serving.
 *
 * Before Next.js sees a request, the server
 * - sets the security headers, so every answer carries them (redirects and error pages included);
 * - answers 400 for a path that cannot be decoded, 413 for a body larger than any form sends;
 * - works out the client's address (socket, or X-Forwarded-For from proxies named in TRUST_PROXY) and
 *   passes it on in a header that only this process can vouch for;
 * - bounds slow clients (request and header timeouts) and keeps error logs from flooding.
 * The build's static files are served from memory, compressed once (static-assets.mjs). Responses send
 * a cached page as bytes encoded once, and compressed once (encoded-body-cache.mjs,
 * compressed-bodies.mjs; streamed answers are compressed as they go), and a server error
 * page carries its message in the HTML (plain-errors.mjs). A page paints before the framework's scripts
 * run (paint-first-scripts.mjs). The live stream (GET /api/live) and view
 * beacons (/api/views) are answered straight on the response by the handlers instrumentation.ts registers
 * (lib/live/node-stream.ts, lib/analytics/node-beacon.ts).
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import next from 'next';
import { createEncodedBodyCache, responseWithEncodedBodies } from './encoded-body-cache.mjs';
import { createCompressedBodyCache, createCompressor } from './compressed-bodies.mjs';
import { checkBodySize, clientAddressOf, hasMalformedPath, parseTrustProxy } from './request-guard.mjs';
import { sendPlainPage } from './plain-page.mjs';
import { createLimitedLogger } from './log-limiter.mjs';
import { responseWithPlainServerErrors } from './plain-errors.mjs';
import { addLinkOnWrite, asksForDocument, createStaticAssets, preloadHeader } from './static-assets.mjs';
import { createPaintFirstPages, paintFirstResponse, paintsFirst } from './paint-first-scripts.mjs';

const require = createRequire(import.meta.url);
/** @type {{ securityHeaders: (o: { production: boolean }) => { key: string; value: string }[] }} */
const { securityHeaders } = require('./security-headers.cjs');

const dev = process.argv.includes('--dev');
/** Refused bodies up to this size are read to the end before the connection is reused. */
const DRAIN_LIMIT = 16 * 1024 * 1024;
const port = Number(process.env.PORT ?? 3000);

let trust;
try {
  trust = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// Next.js logs a stack trace for every malformed Server Action request; keep a flood of them small.
const limited = createLimitedLogger({ write: (text) => process.stderr.write(text) });
console.error = limited;
console.warn = limited;

/** Read by lib/auth/client-address.ts: a client cannot forge the address header without this value. */
const proof = randomBytes(18).toString('base64url');
/** @type {any} */ (globalThis).__newshubClientProof = proof;

const headers = securityHeaders({ production: !dev });
const app = next({ dev, dir: process.cwd(), port });
const handle = app.getRequestHandler();

await app.prepare();

// The build's scripts, stylesheets and fonts, from memory and compressed once (static-assets.mjs).
const staticAssets = dev ? null : createStaticAssets(path.join(process.cwd(), '.next', 'static'));
const stylesheetPreload = staticAssets ? preloadHeader(staticAssets.stylesheets, process.env.NEXT_DEPLOYMENT_ID) : null;
// Next.js's own compression is off (next.config.js): it would compress a cached page anew on every hit.
const compress = createCompressor(createCompressedBodyCache());
// Reader pages paint before the framework's scripts run (paint-first-scripts.mjs); not in development.
const paintFirstPages = dev ? null : createPaintFirstPages();

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function serve(req, res) {
  for (const { key, value } of headers) res.setHeader(key, value);
  if (staticAssets?.serve(req, res)) return;
  if (stylesheetPreload && asksForDocument(req)) addLinkOnWrite(res, stylesheetPreload);
  if (hasMalformedPath(req.url)) {
    sendPlainPage(
      res,
      400,
      'This address can’t be read',
      'The link you followed has a broken character in it. Check the address, or find the story from the front page.',
    );
    return;
  }
  const body = checkBodySize(req);
  if (body !== 'ok') {
    // The rest of a body of sane size is read and dropped, so that the client, still sending, gets to read
    // the answer; a larger one (or one of unknown length) ends the connection.
    const declared = Number(req.headers['content-length'] ?? Infinity);
    if (!(declared <= DRAIN_LIMIT)) res.setHeader('Connection', 'close');
    if (body === 'too-large')
      sendPlainPage(
        res,
        413,
        'That was too much to send',
        'What you sent is larger than any of our forms accepts (comments can be at most 5,000 characters). Go back: your text is still in the form, so you can shorten it and try again.',
      );
    else sendPlainPage(res, 411, 'Length required', 'Send the request with a Content-Length header.');
    req.resume();
    return;
  }
  // The live stream, once instrumentation.ts has registered its handler: straight onto the socket.
  const liveStream = /** @type {any} */ (globalThis).__newshubLiveStream;
  if (liveStream && req.method === 'GET' && (req.url === '/api/live' || req.url?.startsWith('/api/live?'))) {
    liveStream(req, res);
    return;
  }
  const address = clientAddressOf(req, trust);
  // View beacons without a session: counted here, at the cost of a static page (lib/analytics/node-beacon.ts).
  const viewBeacon = /** @type {any} */ (globalThis).__newshubViewBeacon;
  if (viewBeacon && (req.method === 'POST' || req.method === 'GET') && (req.url === '/api/views' || req.url?.startsWith('/api/views?'))) {
    if (viewBeacon(req, res, address)) return;
  }
  req.headers['x-newshub-client-address'] = address;
  req.headers['x-newshub-client-proof'] = proof;
  compress(req, res);
  if (paintFirstPages && paintsFirst(req)) paintFirstResponse(res, paintFirstPages);
  handle(req, res).catch((err) => {
    // Next.js answers its own errors; this is only for one it could not, so the process stays up.
    console.error(err);
    if (res.headersSent) res.end();
    else sendPlainPage(res, 500, 'Something went wrong', 'We couldn’t show this page. Please try again in a moment.');
  });
}

const Response = responseWithEncodedBodies(http.ServerResponse, createEncodedBodyCache());
// A client that sends its request slowly is cut off instead of holding a connection for minutes:
// headers within 10 s, the whole request within 30 s, checked every 2 s.
const server = http.createServer(
  {
    ServerResponse: dev ? Response : responseWithPlainServerErrors(Response),
    headersTimeout: 10_000,
    requestTimeout: 30_000,
    connectionsCheckingInterval: 2_000,
  },
  serve,
);

server.on('error', (err) => {
  console.error(`NewsHub could not listen on port ${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port, () => {
  console.log(`Ready on port ${port}${dev ? ' (development)' : ''}`);
  // Tells the supervisor (scripts/serve.ts) that start-up worked, so a later exit means "restart me".
  process.send?.('ready');
  // Compressed ahead, one file at a time, so that first readers do not wait and start-up is not slowed.
  setTimeout(() => void staticAssets?.warm(), 1_000).unref();
});

let closing = false;
function close() {
  if (closing) return;
  closing = true;
  // Open keep-alive connections would hold close() open; the parent waits at most ten seconds anyway.
  server.closeIdleConnections();
  // Work the app keeps in memory until it is written (page-view counts) goes out at once: open live
  // streams can hold close() until the deadline below.
  const hooks = /** @type {(() => Promise<void>)[]} */ (/** @type {any} */ (globalThis).__newshubBeforeExit ?? []);
  const flushed = Promise.allSettled(hooks.map((hook) => hook()));
  server.close(() => {
    // And once more for what the last requests counted while the server was closing.
    void flushed
      .then(() => Promise.allSettled(hooks.map((hook) => hook())))
      .then(() => app.close())
      .finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', close);
process.on('SIGINT', close);
