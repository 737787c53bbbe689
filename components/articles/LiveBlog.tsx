import { keyEventHtml, liveEntryHtml, liveStatusHtml, type LiveEntryView } from '@/lib/content/live-html';
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
      {/* There even when empty (hidden), for key events the desk marks while the page is open. */}
      <nav aria-labelledby="key-events-heading" className="mb-8 rounded border rule p-4" data-live-key-events-section hidden={keyEvents.length === 0}>
        <h2 id="key-events-heading" className="kicker">
          Key events
        </h2>
        <ul
          className="mt-2 space-y-1.5 text-sm"
          data-live-key-events
          dangerouslySetInnerHTML={{ __html: keyEvents.map((e) => keyEventHtml(e, liveTimes)).join('') }}
        />
      </nav>
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
