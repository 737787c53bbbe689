import { newsroomActor } from '@/lib/dal/admin/actor';
import { audienceReport } from '@/lib/dal/admin/audience';
import { toCsv } from '@/lib/analytics/csv';
import { isReportTable, reportTable } from '@/lib/analytics/report-tables';

/** One of the audience dashboard's tables as CSV (`?table=daily`, …), for editors and admins. */
export async function GET(request: Request) {
  const table = new URL(request.url).searchParams.get('table');
  if (!isReportTable(table))
    return new Response('Unknown table. Ask for one of the tables the dashboard links to.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const report = await audienceReport(await newsroomActor());
  if (!report.ok)
    return new Response('The audience numbers are for editors and admins.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { header, rows } = reportTable(report.value, table);
  const day = report.value.days.at(-1)?.day ?? 'today';
  return new Response(toCsv(header, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="newshub-${table}-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
