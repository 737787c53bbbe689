'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * A link on reader pages. Next.js would prefetch every link as it scrolls into view: on a front page
 * that is dozens of requests a phone pays for while the reader is still reading. Here the next page
 * is fetched only when the reader reaches for a link (pointer over it, finger on it, keyboard focus),
 * which is still well ahead of the click.
 */
export function ReaderLink({ href, onMouseEnter, onTouchStart, onFocus, ...props }: Props) {
  const router = useRouter();
  const intent = () => {
    if (href.startsWith('/') && !href.startsWith('//')) router.prefetch(href);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        intent();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        intent();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        intent();
        onFocus?.(event);
      }}
    />
  );
}
