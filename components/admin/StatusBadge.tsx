const STYLES: Record<string, string> = {
  draft: 'bg-rule text-ink',
  review: 'bg-amber-200 text-amber-950',
  scheduled: 'bg-sky-200 text-sky-950',
  published: 'bg-emerald-200 text-emerald-950',
  archived: 'bg-zinc-300 text-zinc-900',
  pending: 'bg-amber-200 text-amber-950',
  hidden: 'bg-zinc-300 text-zinc-900',
};

const LABELS: Record<string, string> = { review: 'in review', archived: 'unpublished' };

export function StatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status] ?? 'bg-rule'}`}>{LABELS[status] ?? status}</span>;
}
