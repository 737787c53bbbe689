import { siteTime } from '@/lib/time/site-time';
import type { AbsoluteFormat } from '@/lib/time/format';

/** A date or time as the HTML states it, in the newsroom's time zone: the same for every reader, crawler and cache. */
export function SiteTime({ iso, format, zone = false, className }: { iso: string; format: AbsoluteFormat; zone?: boolean; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {siteTime(iso, format, { zone })}
    </time>
  );
}
