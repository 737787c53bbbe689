import { html, type SafeHtml } from '@/lib/html/safe-html';

/**
 * A time as the HTML states it ("2 Dec 2026, 14:05"), marked for the browser to say how long ago once
 * the page is idle (components/ui/RelativeTimes.tsx). The title keeps the stated time: it is also what
 * the browser shows again for times older than a week. components/ui/TimeAgo.tsx is the same as an element.
 */
export function statedTimeHtml(iso: string, absoluteTime: (iso: string) => string): SafeHtml {
  const stated = absoluteTime(iso);
  return html`<time datetime="${iso}" data-ago title="${stated}" class="inline-block">${stated}</time>`;
}
