import { siteTime } from '@/lib/time/site-time';
import { RelativeTimeText } from './RelativeTimeText';

/**
 * A recent time: the HTML says when ("2 Dec 2026, 14:05", newsroom time zone); the browser then says
 * how long ago, for times within the week, in the same space.
 */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  return <RelativeTimeText iso={iso} absolute={siteTime(iso, 'datetime')} className={className} />;
}
