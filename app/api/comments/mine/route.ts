import { currentUser } from '@/lib/dal/session';
import { myPendingComments } from '@/lib/dal/comment-writes';
import { isRowId } from '@/lib/slug';
import { myRecommendations } from '@/lib/dal/comment-reactions';

/** The viewer's own comments awaiting moderation on one article, and the comments they recommend (never cached: it depends on who asks). */
export async function GET(request: Request) {
  const articleId = Number(new URL(request.url).searchParams.get('article'));
  if (!isRowId(articleId)) return Response.json({ error: 'article must be an article id' }, { status: 400 });
  const user = await currentUser();
  const [comments, recommended] = await Promise.all([myPendingComments(user, articleId), myRecommendations(user, articleId)]);
  return Response.json({ comments, recommended }, { headers: { 'Cache-Control': 'private, no-store' } });
}
