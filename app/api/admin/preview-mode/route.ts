import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { getArticleIdBySlug } from '@/lib/dal/admin/article-list';
import { isSlug } from '@/lib/slug';

/**
 * Turns on preview for staff and opens the story at its real address; the cached page is bypassed for
 * this browser only. `?exit=1` turns it off again.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const slug = url.searchParams.get('slug') ?? '';
  const draft = await draftMode();
  if (url.searchParams.get('exit') === '1') {
    draft.disable();
    redirect(isSlug(slug) ? `/articles/${slug}` : '/');
  }
  const actor = await newsroomActor();
  if (!actor) return new Response('You are not allowed to preview stories.', { status: 403 });
  if (!isSlug(slug) || !(await getArticleIdBySlug(actor, slug))) return new Response('No such story.', { status: 404 });
  draft.enable();
  redirect(`/articles/${slug}`);
}
