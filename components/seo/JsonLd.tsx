import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines. The serializer escapes `<`, so no field can end the script early. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
