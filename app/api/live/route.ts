import { liveHub, MAX_QUEUED_BYTES } from '@/lib/live/hub';
import { isRowId } from '@/lib/slug';

/**
 * The live stream of reader pages (Server-Sent Events): new and changed comments of one article, the
 * Recent Comments sidebar, the breaking-news banner and live-blog entries. Public: it carries only what
 * any reader may see (lib/dal/live.ts decides), so it reads no session. A reconnecting browser sends
 * Last-Event-ID (or `after`, the position its page was rendered at) and first gets what it missed.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const article = url.searchParams.get('article');
  const articleId = article === null ? null : Number(article);
  if (articleId !== null && !isRowId(articleId)) return Response.json({ error: 'article must be an article id' }, { status: 400 });
  const position = request.headers.get('last-event-id') ?? url.searchParams.get('after');
  const after = position !== null && /^\d{1,15}$/.test(position) ? Number(position) : null;

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
        // The browser waits this long before reconnecting after the stream ends.
        controller.enqueue(encoder.encode('retry: 2000\n\n'));
        return liveHub()
          .subscribe(
            {
              articleId,
              send(chunk) {
                if (closed) return false;
                if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return false;
                controller.enqueue(chunk);
                return true;
              },
              close,
            },
            after,
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

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compression from holding events back; the accel header tells nginx not to buffer.
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
