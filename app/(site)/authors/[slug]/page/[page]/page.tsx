import { buildPlaceholder } from '@/lib/routing';
import { pageOr404, slugOr404 } from '@/lib/routing-params';
import { AuthorPage, authorMetadata } from '../../author-page';

type Props = { params: Promise<{ slug: string; page: string }> };

export const generateStaticParams = () => buildPlaceholder('slug', 'page');

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return authorMetadata(slugOr404(slug), pageOr404(page));
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorPage slug={slugOr404(slug)} page={pageOr404(page)} />;
}
