import { liveEntryHtml, liveStatusHtml, type LiveEntryView } from '@/lib/content/live-html';
import { liveTimes } from '@/lib/time/live-times';

/** Running, or "This live blog has ended": replaced by the live stream when the desk ends or reopens it. */
export function LiveStatus({ endedAt }: { endedAt: string | null }) {
  return <div data-live-status aria-live="polite" dangerouslySetInnerHTML={{ __html: liveStatusHtml(endedAt !== null, endedAt, liveTimes) }} />;
}

/**
 * A live blog's entries, newest first, under a summary of its key events. The list is HTML that the
 * live stream adds to while the page is open (components/live/live-client.ts).
 */
export function LiveBlog({ entries }: { entries: LiveEntryView[] }) {
  const keyEvents = entries.filter((e) => e.pinned);
  return (
    <section aria-labelledby="live-updates-heading" className="mt-10">
      {keyEvents.length > 0 && (
        <nav aria-labelledby="key-events-heading" className="mb-8 rounded border rule p-4">
          <h2 id="key-events-heading" className="kicker">
            Key events
          </h2>
          <ul className="mt-2 space-y-1.5 text-sm">
            {keyEvents.map((e) => (
              <li key={e.id}>
                <a href={`#entry-${e.id}`} className="link-ink">
                  <span className="font-semibold text-accent tabular-nums">{liveTimes.clock(e.createdAt)}</span> {e.title || e.text.slice(0, 90)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <h2 id="live-updates-heading" className="border-b-2 border-ink pb-2 headline text-2xl font-bold">
        Latest updates
      </h2>
      <p className="py-6 text-muted" data-live-no-entries hidden={entries.length > 0}>
        The first updates will appear here.
      </p>
      <ol data-live-entries dangerouslySetInnerHTML={{ __html: entries.map((e) => liveEntryHtml(e, liveTimes)).join('') }} />
    </section>
  );
}
