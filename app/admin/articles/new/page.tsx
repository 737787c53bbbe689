import { requireNewsroomActor } from '@/lib/dal/admin/actor';
import { sectionOptions, staffOptions } from '@/lib/dal/admin/article-list';
import { canPublish } from '@/lib/auth/permissions';
import { ArticleEditor } from '@/components/admin/ArticleEditor';

export const metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const actor = await requireNewsroomActor();
  const [sections, staff] = await Promise.all([sectionOptions(actor), staffOptions(actor)]);
  return (
    <>
      <h1 className="mb-5 headline text-3xl font-bold">New article</h1>
      <ArticleEditor
        article={{
          title: '',
          standfirst: '',
          slug: '',
          kind: 'News',
          sectionId: '',
          authorId: actor.id,
          body: '',
          tags: '',
          heroImageId: '',
          heroAlt: '',
          heroCaption: '',
          heroCredit: '',
          featured: false,
          commentsOpen: true,
        }}
        sections={sections}
        staff={staff}
        canPublish={canPublish(actor)}
        canEdit
      />
    </>
  );
}
