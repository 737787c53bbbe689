import { currentUser } from '@/lib/dal/session';
import { myPendingComments } from '@/lib/dal/comment-writes';
import { isRowId } from '@/lib/slug';

/** The viewer's own comments awaiting moderation on one article (never cached: it depends on who asks). */
export async function GET(request: Request) {
  const articleId = Number(new URL(request.url).searchParams.get('article'));
  if (!isRowId(articleId)) return Response.json({ error: 'article must be an article id' }, { status: 400 });
  const comments = await myPendingComments(await currentUser(), articleId);
  return Response.json({ comments }, { headers: { 'Cache-Control': 'private, no-store' } });
}
