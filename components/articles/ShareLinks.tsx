import { shareLinks } from '@/lib/content/share-links';

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <nav aria-label="Share this story" className="mt-8 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className="font-semibold">Share:</span>
      {shareLinks(url, title).map((link) => (
        <a key={link.label} href={link.href} rel="noopener noreferrer nofollow" target="_blank" className="chip">
          {link.label}
        </a>
      ))}
    </nav>
  );
}
