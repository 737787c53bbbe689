import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { liveHub, MAX_QUEUED_BYTES } from './hub';
import { LIVE_HEADERS, parseLiveRequest, RETRY_FRAME } from './request';

/**
 * The live stream written straight to Node's response. The production server (server/http-server.mjs)
 * hands GET /api/live here before Next.js routes the request: an open stream then costs a socket and a
 * response, not a whole route-handler pipeline, which matters with thousands of readers per instance.
 * app/api/live/route.ts answers the same requests under any other server.
 */
export function serveLiveStream(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const header = req.headers['last-event-id'];
  const parsed = parseLiveRequest(url.searchParams, typeof header === 'string' ? header : null);
  if ('error' in parsed) {
    res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: parsed.error }));
    return;
  }
  res.writeHead(200, LIVE_HEADERS);
  res.write(RETRY_FRAME);
  let leave: (() => void) | null = null;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    leave?.();
    res.end();
  };
  req.on('close', close);
  res.on('error', close);
  liveHub()
    .subscribe(
      {
        articleId: parsed.articleId,
        send(chunk) {
          if (closed || res.writableLength > MAX_QUEUED_BYTES) return false;
          res.write(chunk);
          return true;
        },
        close,
      },
      parsed.after,
    )
    .then((unsubscribe) => {
      leave = unsubscribe;
      if (closed) unsubscribe();
    })
    .catch((error) => {
      console.error(`[live] could not open a stream: ${error instanceof Error ? error.message : error}`);
      close();
    });
}
