import { splitHighlights } from '@/lib/search/highlight';

/**
 * Text from the search query with its matches marked. The markers are split out in JavaScript and
 * every piece is rendered by React as text, so nothing in a stored article can become markup here.
 */
export function Highlighted({ text }: { text: string }) {
  return splitHighlights(text).map((part, i) =>
    part.hit ? (
      <mark key={i} className="rounded-sm bg-accent/15 px-0.5 font-semibold text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

export function Snippet({ text, className = '' }: { text: string; className?: string }) {
  if (!text) return null;
  return (
    <p className={`leading-relaxed text-muted ${className}`}>
      <Highlighted text={text} />
    </p>
  );
}
