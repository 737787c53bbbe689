import { cacheLife } from 'next/cache';
import { siteTime, siteTimeZone } from '@/lib/time/site-time';
import { dayEndsAt } from '@/lib/time/format';
import { TodayText } from './TodayText';

/** As of the render, cached with the pages it sits in (whose own lifetime is an hour), with when it stops being true. */
async function todayAsRendered(): Promise<{ text: string; until: number }> {
  'use cache';
  cacheLife({ stale: 300, revalidate: 3600, expire: 86_400 });
  const now = new Date();
  return { text: siteTime(now, 'day'), until: dayEndsAt(now, siteTimeZone()) };
}

/** Today's date in the newsroom's time zone; the browser corrects it when the page was cached over midnight. */
export async function TodayLine() {
  const today = await todayAsRendered();
  return <TodayText rendered={today.text} until={today.until} timeZone={siteTimeZone()} />;
}
