import type { AnchorHTMLAttributes } from 'react';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link on reader pages: a plain anchor, with no component of its own to hydrate (a front page has
 * dozens). ReaderNavigation, mounted once per page, turns a click on it into an in-app navigation and
 * fetches the next page when the reader reaches for the link (pointer over it, finger on it, keyboard
 * focus), never merely because it scrolled into view.
 */
export function ReaderLink(props: Props) {
  return <a {...props} />;
}
