import { formatRelative } from './format';

const TIME = 'time[data-ago]';

function drawn(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility({ contentVisibilityAuto: true });
}

/**
 * In the browser: says "3 h ago" instead of the time the HTML states, for times within the week, in
 * every `time[data-ago]` under `root`. Widths are read first and kept, so the shorter wording moves
 * nothing. The text node is changed in place (not replaced), so whoever rendered it still holds it.
 * Times in blocks not yet drawn are left as they are; call again once they are (RelativeTimes does).
 */
export function showRelativeTimes(root: ParentNode, now: number) {
  const times = [...root.querySelectorAll<HTMLTimeElement>(TIME)];
  // A time in a block the browser has not drawn yet (far below, see render-when-near) waits until it is:
  // measuring it now would make the browser lay the whole block out.
  const shown = times.filter(drawn);
  const widths = shown.map((time) => (time.style.minWidth ? null : time.getBoundingClientRect().width));
  shown.forEach((time, i) => {
    const width = widths[i];
    if (width) time.style.minWidth = `${width}px`;
    const text = formatRelative(time.dateTime, now) ?? time.title;
    if (time.textContent === text) return;
    const only = time.firstChild;
    if (only && only.nodeType === Node.TEXT_NODE && !only.nextSibling) only.nodeValue = text;
    else time.textContent = text;
  });
}
