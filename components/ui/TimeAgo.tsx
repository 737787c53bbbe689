import { siteTime } from '@/lib/time/site-time';

/**
 * A recent time: the HTML says when ("2 Dec 2026, 14:05", newsroom time zone); once the page is idle the
 * browser says how long ago, for times within the week, in the same space (RelativeTimes).
 */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const stated = siteTime(iso, 'datetime');
  return (
    <time dateTime={iso} data-ago="" title={stated} className={className ? `inline-block ${className}` : 'inline-block'}>
      {stated}
    </time>
  );
}
