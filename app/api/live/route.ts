import { liveHub, MAX_QUEUED_BYTES } from '@/lib/live/hub';
import { LIVE_HEADERS, parseLiveRequest, RETRY_FRAME } from '@/lib/live/request';

/**
 * The live stream of reader pages (Server-Sent Events): new and changed comments of one article, the
 * Recent Comments sidebar, the breaking-news banner and live-blog entries. Public: it carries only what
 * any reader may see (lib/dal/live.ts decides), so it reads no session. A reconnecting browser sends
 * Last-Event-ID (or `after`, the position its page was rendered at) and first gets what it missed.
 * The production server answers it before Next.js does (lib/live/node-stream.ts); this route serves it
 * under any other server.
 */
export async function GET(request: Request) {
  const parsed = parseLiveRequest(new URL(request.url).searchParams, request.headers.get('last-event-id'));
  if ('error' in parsed) return Response.json({ error: parsed.error }, { status: 400 });

  const encoder = new TextEncoder();
  let leave: (() => void) | null = null;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const close = () => {
          if (closed) return;
          closed = true;
          leave?.();
          try {
            controller.close();
          } catch {
            // already closed by the reader going away
          }
        };
        request.signal.addEventListener('abort', close);
        controller.enqueue(encoder.encode(RETRY_FRAME));
        return liveHub()
          .subscribe(
            {
              articleId: parsed.articleId,
              send(chunk) {
                if (closed || (controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return false;
                controller.enqueue(chunk);
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
      },
      cancel() {
        closed = true;
        leave?.();
      },
    },
    { highWaterMark: 0, size: (chunk) => chunk?.byteLength ?? 0 },
  );

  return new Response(stream, { headers: LIVE_HEADERS });
}
