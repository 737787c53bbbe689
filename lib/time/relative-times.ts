import { formatRelative } from './format';

const TIME = 'time[data-ago]';

/**
 * In the browser: says "3 h ago" instead of the time the HTML states, for times within the week, in
 * every `time[data-ago]` under `root`. Widths are read first and kept, so the shorter wording moves
 * nothing. The text node is changed in place (not replaced), so whoever rendered it still holds it.
 */
export function showRelativeTimes(root: ParentNode, now: number) {
  const times = [...root.querySelectorAll<HTMLTimeElement>(TIME)];
  const widths = times.map((time) => (time.style.minWidth ? null : time.getBoundingClientRect().width));
  times.forEach((time, i) => {
    const width = widths[i];
    if (width) time.style.minWidth = `${width}px`;
    const text = formatRelative(time.dateTime, now) ?? time.title;
    if (time.textContent === text) return;
    const only = time.firstChild;
    if (only && only.nodeType === Node.TEXT_NODE && !only.nextSibling) only.nodeValue = text;
    else time.textContent = text;
  });
}
