import 'server-only';
import { siteTime } from './site-time';

/** How live-blog entries state their time: the clock ("14:05") in the newsroom's zone, the full time on hover. */
export const liveTimes = {
  absoluteTime: (iso: string) => siteTime(iso, 'datetime'),
  clock: (iso: string) => siteTime(iso, 'datetime').split(', ')[1] ?? iso,
};
