import { buildPlaceholder } from '@/lib/routing';
import { slugOr404 } from '@/lib/routing-params';
import { SectionPage, sectionMetadata } from './section-page';

type Props = { params: Promise<{ section: string }> };

export const generateStaticParams = () => buildPlaceholder('section');

export async function generateMetadata({ params }: Props) {
  const { section } = await params;
  return sectionMetadata(slugOr404(section), 1);
}

export default async function Page({ params }: Props) {
  const { section } = await params;
  return <SectionPage slug={slugOr404(section)} page={1} />;
}
