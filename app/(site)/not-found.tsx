import { NotFoundMessage } from '@/components/layout/NotFoundMessage';

export const metadata = { title: 'Page not found' };

/** notFound() on a reader page: the (site) layout around it supplies the masthead and footer. */
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
