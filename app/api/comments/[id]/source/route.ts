import { currentUser } from '@/lib/dal/session';
import { ownCommentSource } from '@/lib/dal/comment-writes';
import { isRowId } from '@/lib/slug';

const STATUS = { unauthenticated: 401, banned: 403, forbidden: 403, 'not-found': 404 } as Record<string, number>;

/** The viewer's own comment text, as typed, for editing. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!isRowId(id)) return Response.json({ error: 'No such comment.' }, { status: 404 });
  const result = await ownCommentSource(await currentUser(), id);
  if (!result.ok) return Response.json({ error: result.message }, { status: STATUS[result.code] ?? 400 });
  return Response.json({ body: result.value }, { headers: { 'Cache-Control': 'private, no-store' } });
}
