const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 30, left: 60 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Point = { day: string; value: number };

const shortDay = (day: string) => {
  const [, month, date] = day.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1]}`;
};

/** A round top for the axis, not far above the highest bar. */
function niceCeiling(value: number): number {
  if (value <= 5) return 5;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * power).find((n) => n >= value)!;
}

/** The bars at one drawing width; labels are 14 units high, so each width suits the screens it is shown on. */
function Bars({ points, width, labels, className }: { points: Point[]; width: number; labels: number; className: string }) {
  const max = niceCeiling(Math.max(0, ...points.map((p) => p.value)));
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, points.length);
  const barW = Math.max(2, step * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const labelEvery = Math.ceil(points.length / labels);
  return (
    <svg viewBox={`0 0 ${width} ${HEIGHT}`} className={`h-auto w-full text-ink ${className}`} aria-hidden="true" focusable="false">
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line x1={PAD.left} x2={width - PAD.right} y1={y(max * f)} y2={y(max * f)} className="stroke-rule" strokeWidth={1} />
          <text x={PAD.left - 6} y={y(max * f) + 5} textAnchor="end" className="fill-muted text-[14px]">
            {(max * f).toLocaleString('en-GB')}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <g key={p.day}>
          <rect
            x={PAD.left + i * step + (step - barW) / 2}
            y={y(p.value)}
            width={barW}
            height={Math.max(0, PAD.top + plotH - y(p.value))}
            className="fill-accent"
          >
            <title>{`${shortDay(p.day)}: ${p.value.toLocaleString('en-GB')}`}</title>
          </rect>
          {(points.length - 1 - i) % labelEvery === 0 && (
            <text
              x={i === points.length - 1 ? width - PAD.right : PAD.left + i * step + step / 2}
              y={HEIGHT - 8}
              textAnchor={i === points.length - 1 ? 'end' : 'middle'}
              className="fill-muted text-[14px]"
            >
              {shortDay(p.day)}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/**
 * Bars for one number per day, drawn on the server as SVG (no client code): a narrow drawing for phones
 * and a wide one for larger screens, so that labels stay readable on both. The picture is for sighted
 * readers; the same numbers are in the table that goes with it, which screen readers use instead.
 */
export function DayChart({ title, points }: { title: string; points: Point[] }) {
  return (
    <figure className="mt-3 max-w-3xl">
      <Bars points={points} width={400} labels={3} className="sm:hidden" />
      <Bars points={points} width={720} labels={6} className="hidden sm:block" />
      <figcaption className="sr-only">{title}: the numbers are in the table below.</figcaption>
    </figure>
  );
}
