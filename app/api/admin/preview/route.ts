import { newsroomActor } from '@/lib/dal/admin/actor';
import { renderMarkdown } from '@/lib/content/markdown';

/** The live preview: the same renderer and sanitizer as the public article page. */
export async function POST(request: Request) {
  if (!(await newsroomActor())) return Response.json({ error: 'Not allowed' }, { status: 403 });
  const body = await request.text();
  if (body.length > 400_000) return Response.json({ error: 'Too long to preview' }, { status: 413 });
  return Response.json({ html: renderMarkdown(body) }, { headers: { 'Cache-Control': 'no-store' } });
}
