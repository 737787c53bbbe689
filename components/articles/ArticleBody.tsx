import { renderMarkdown } from '@/lib/content/markdown';

/** The article text. `renderMarkdown` escapes raw HTML and passes an allow-list sanitizer. */
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div
      className="prose prose-lg mt-8 max-w-none font-serif dark:prose-invert prose-headings:font-serif prose-headings:font-bold prose-a:text-accent prose-blockquote:border-accent prose-blockquote:font-normal prose-blockquote:text-ink prose-blockquote:not-italic"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }}
    />
  );
}
