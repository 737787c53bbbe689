/**
 * The dashboard's tables, each as a header and rows: shown under its chart or list, and exported as
 * CSV with the same columns (app/admin/audience/export/route.ts).
 */
import type { AudienceReport, Share, StoryViews } from '@/lib/dal/admin/audience';

export const REPORT_TABLES = ['daily', 'top-24h', 'top-7d', 'most-discussed', 'sections', 'referrers', 'devices'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
export type Table = { title: string; header: string[]; rows: (string | number)[][] };

const stories = (title: string, list: StoryViews[]): Table => ({
  title,
  header: ['Rank', 'Story', 'Section', 'Views', 'Comments'],
  rows: list.map((s, i) => [i + 1, s.title, s.section ?? '', s.views, s.comments]),
});
const shares = (title: string, what: string, list: Share[]): Table => {
  const total = list.reduce((sum, s) => sum + s.views, 0);
  return {
    title,
    header: [what, 'Views', 'Share'],
    rows: list.map((s) => [s.label, s.views, total > 0 ? `${((100 * s.views) / total).toFixed(1)} %` : '']),
  };
};

export function reportTable(report: AudienceReport, table: ReportTable): Table {
  switch (table) {
    case 'daily':
      return {
        title: `Day by day (${report.timeZone})`,
        header: ['Day', 'Views', 'Visitors (estimated)', 'Comments published', 'New reader accounts'],
        rows: report.days.map((d) => [d.day, d.views, d.visitors, d.comments, d.newReaders]),
      };
    case 'top-24h':
      return stories('Most read, last 24 hours', report.topDay);
    case 'top-7d':
      return stories('Most read, last 7 days', report.topWeek);
    case 'most-discussed':
      return stories('Most discussed, last 7 days', report.mostDiscussed);
    case 'sections':
      return shares('Views by section, last 7 days', 'Section', report.sections);
    case 'referrers':
      return shares('Where readers came from, last 7 days', 'Source', report.referrers);
    case 'devices':
      return shares('Devices, last 7 days', 'Device', report.devices);
  }
}

export const isReportTable = (value: unknown): value is ReportTable => typeof value === 'string' && (REPORT_TABLES as readonly string[]).includes(value);
