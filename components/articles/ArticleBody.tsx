import { renderMarkdown } from '@/lib/content/markdown';

/** The article text. `renderMarkdown` escapes raw HTML and passes an allow-list sanitizer. */
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div
      className="prose prose-lg mt-8 max-w-none font-serif prose-headings:font-serif prose-headings:font-bold prose-a:text-accent prose-blockquote:border-accent prose-blockquote:font-normal prose-blockquote:not-italic prose-blockquote:text-ink dark:prose-invert"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }}
    />
  );
}
