import type { DiffPart } from '@/lib/content/revision-diff';

/** The words one version changed in the next: deletions struck through, insertions underlined, both named for screen readers. */
export function RevisionDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="mt-3 overflow-x-auto rounded border rule p-4 text-base leading-relaxed whitespace-pre-wrap" data-testid="revision-diff">
      {parts.map((part, i) =>
        part.type === 'added' ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 decoration-emerald-700 dark:bg-emerald-950 dark:text-emerald-100">
            <span className="sr-only">[inserted: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.type === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100">
            <span className="sr-only">[deleted: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}
