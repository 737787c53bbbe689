/* eslint-disable @next/next/no-img-element -- images are served from /media with long-lived caching; next/image would only add markup to every card */
import type { HeroImage } from '@/lib/dal/types';

/**
 * The image that is the page's largest paint, asked for from <head> (React places a <link> there),
 * before the scripts: on a slow phone connection it would otherwise share the line with them.
 */
export function LeadImagePreload({ src }: { src: string }) {
  return <link rel="preload" as="image" href={src} fetchPriority="high" />;
}

export function HeroFigure({ hero, priority = false }: { hero: HeroImage; priority?: boolean }) {
  return (
    <figure className="mt-6">
      {priority && <LeadImagePreload src={hero.src} />}
      <img
        src={hero.src}
        alt={hero.alt}
        width={1600}
        height={900}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
        elementtiming={priority ? 'lead' : undefined}
        loading={priority ? undefined : 'lazy'}
        className="aspect-[16/9] w-full bg-rule object-cover"
      />
      {(hero.caption || hero.credit) && (
        <figcaption className="mt-2 text-sm text-muted">
          {hero.caption} {hero.credit && <span className="text-xs tracking-wide uppercase">{hero.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
