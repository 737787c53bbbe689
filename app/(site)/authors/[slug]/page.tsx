import { buildPlaceholder } from '@/lib/routing';
import { slugOr404 } from '@/lib/routing-params';
import { AuthorPage, authorMetadata } from './author-page';

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = () => buildPlaceholder('slug');

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  return authorMetadata(slugOr404(slug), 1);
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  return <AuthorPage slug={slugOr404(slug)} page={1} />;
}
