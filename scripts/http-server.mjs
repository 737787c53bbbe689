// @ts-check
/**
 * The production HTTP server: Next.js's request handler on a Node HTTP server whose responses send
 * cached pages as bytes encoded once (see encoded-body-cache.mjs). Started by scripts/serve.ts with the
 * database already prepared; PORT says where to listen. Plain JavaScript, so that no TypeScript loader
 * sits in front of the modules Next.js loads while serving.
 */
import http from 'node:http';
import next from 'next';
import { createEncodedBodyCache, responseWithEncodedBodies } from './encoded-body-cache.mjs';

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();

await app.prepare();

const server = http.createServer(
  { ServerResponse: responseWithEncodedBodies(http.ServerResponse, createEncodedBodyCache()) },
  (req, res) => {
    handle(req, res).catch((err) => {
      // Next.js answers its own errors; this is only for one it could not, so the process stays up.
      console.error(err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  },
);

server.on('error', (err) => {
  console.error(`NewsHub could not listen on port ${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`Ready on port ${port}`));

let closing = false;
function close() {
  if (closing) return;
  closing = true;
  // Open keep-alive connections would hold close() open; the parent waits at most ten seconds anyway.
  server.closeIdleConnections();
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', close);
process.on('SIGINT', close);
