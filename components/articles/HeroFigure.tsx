import Image from 'next/image';
import type { HeroImage } from '@/lib/dal/types';

export function HeroFigure({ hero, priority = false }: { hero: HeroImage; priority?: boolean }) {
  return (
    <figure className="mt-6">
      <Image
        src={hero.src}
        alt={hero.alt}
        width={1600}
        height={900}
        priority={priority}
        unoptimized
        className="aspect-[16/9] w-full bg-rule object-cover"
      />
      {(hero.caption || hero.credit) && (
        <figcaption className="mt-2 text-sm text-muted">
          {hero.caption} {hero.credit && <span className="text-xs uppercase tracking-wide">{hero.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/** Listing thumbnail: decorative next to its headline, so the link text carries the meaning. */
export function CardImage({ hero, className = '' }: { hero: HeroImage; className?: string }) {
  return (
    <Image
      src={hero.src}
      alt=""
      width={800}
      height={450}
      unoptimized
      className={className ? `thumb ${className}` : 'thumb'}
    />
  );
}
