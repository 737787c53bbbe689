import { notFound } from 'next/navigation';
import { buildPlaceholder } from '@/lib/routing';
import { slugOr404 } from '@/lib/routing-params';
import { RecentCommentsPage, commentsMetadata } from '../comments-page';

/** `/comments` (every section) and `/comments/finance` (one). Rendered on request, never at build. */
type Props = { params: Promise<{ section?: string[] }> };

export const generateStaticParams = () => buildPlaceholder('section').map(({ section }) => ({ section: [section] }));

async function sectionOf(params: Props['params']): Promise<string | undefined> {
  const { section } = await params;
  if (!section || section.length === 0) return undefined;
  if (section.length > 1) notFound();
  return slugOr404(section[0]!);
}

export async function generateMetadata({ params }: Props) {
  return commentsMetadata(await sectionOf(params));
}

export default async function Page({ params }: Props) {
  return <RecentCommentsPage sectionSlug={await sectionOf(params)} />;
}
