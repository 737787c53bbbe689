import { connection } from 'next/server';
import { imageBytes, viewableImage } from '@/lib/dal/images';
import { currentUser } from '@/lib/dal/session';

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * Stored images, served only where they were published: an image a published story shows is public;
 * a draft's or a scheduled story's image is for the newsroom only, and a 404 for everyone else. An id
 * never changes its bytes, but whether it may be shown does (a story can be taken down), so public
 * copies are kept for minutes, not a year, and revalidated cheaply by ETag.
 * The sandboxing Content-Security-Policy comes from next.config.js (uploads may be SVG).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const image = await viewableImage(id, currentUser);
  if (!image) return NOT_FOUND();
  const headers = {
    'Content-Type': image.contentType,
    'Cache-Control': image.audience === 'public' ? 'public, max-age=300, stale-while-revalidate=60' : 'private, no-store',
    ETag: `"${image.sha256}"`,
    'X-Content-Type-Options': 'nosniff',
  };
  if (request.headers.get('if-none-match') === headers.ETag) return new Response(null, { status: 304, headers });
  const data = await imageBytes(id);
  if (!data) return NOT_FOUND();
  return new Response(new Uint8Array(data), { headers: { ...headers, 'Content-Length': String(data.length) } });
}
