import 'server-only';
import { env } from '@/lib/env';
import { formatAbsolute, type AbsoluteFormat } from './format';

/** The newsroom's time zone (SITE_TIME_ZONE, default Europe/London): every time in the HTML is written in it. */
export function siteTimeZone(): string {
  return env.SITE_TIME_ZONE;
}

export function siteTime(iso: string | Date, format: AbsoluteFormat, options?: { zone?: boolean }): string {
  return formatAbsolute(iso, format, siteTimeZone(), options);
}
