import { cacheLife } from 'next/cache';
import { siteTime, siteTimeZone } from '@/lib/time/site-time';
import { TodayText } from './TodayText';

/** As of the render, cached with the pages it sits in (whose own lifetime is an hour). */
async function todayAsRendered(): Promise<string> {
  'use cache';
  cacheLife({ stale: 300, revalidate: 3600, expire: 86_400 });
  return siteTime(new Date(), 'day');
}

/** Today's date in the newsroom's time zone; the browser corrects it when the page was cached over midnight. */
export async function TodayLine() {
  return <TodayText rendered={await todayAsRendered()} timeZone={siteTimeZone()} />;
}
