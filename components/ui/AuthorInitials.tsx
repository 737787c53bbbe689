/** Letters of a name for its monogram: first and last word's first letter ("Amara Osei" → "AO"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0]!)[0] ?? '';
  const last = words.length > 1 ? (Array.from(words.at(-1)!)[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** A writer's monogram, for pages that have no portrait of them: decorative, the name is beside it. */
export function AuthorInitials({ name, size = 'lg' }: { name: string; size?: 'sm' | 'lg' }) {
  return (
    <span
      aria-hidden
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-ink font-serif font-semibold text-paper ${size === 'lg' ? 'size-20 text-3xl' : 'size-10 text-base'}`}
    >
      {initialsOf(name)}
    </span>
  );
}
