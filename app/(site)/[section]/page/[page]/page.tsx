import { buildPlaceholder } from '@/lib/routing';
import { pageOr404, slugOr404 } from '@/lib/routing-params';
import { SectionPage, sectionMetadata } from '../../section-page';

type Props = { params: Promise<{ section: string; page: string }> };

export const generateStaticParams = () => buildPlaceholder('section', 'page');

export async function generateMetadata({ params }: Props) {
  const { section, page } = await params;
  return sectionMetadata(slugOr404(section), pageOr404(page));
}

export default async function Page({ params }: Props) {
  const { section, page } = await params;
  return <SectionPage slug={slugOr404(section)} page={pageOr404(page)} />;
}
