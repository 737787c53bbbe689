/**
 * Illustrations for the demo articles, drawn as SVG so that nothing comes from the network.
 * Deterministic: the same slug always draws the same picture.
 */
import type { HeroMotif } from './seed-data/types';

const PALETTES: Record<string, [string, string, string, string]> = {
  world: ['#0f2a44', '#1d4e7a', '#e8b04b', '#f4efe6'],
  politics: ['#3a1020', '#7a2340', '#f0c27b', '#f6efe9'],
  finance: ['#0d3328', '#17624a', '#d9c36a', '#eef3ea'],
  business: ['#2b2340', '#4b3f72', '#f2a65a', '#f3eff8'],
  technology: ['#101828', '#233a66', '#5ec8e5', '#e9f3f8'],
  science: ['#062c30', '#0e6066', '#9be3c4', '#ecf7f3'],
  culture: ['#3b1d0e', '#8a3f1d', '#f2cf7e', '#faf1e6'],
  opinion: ['#222222', '#4a4a4a', '#e85d4a', '#f3f1ee'],
};

function rng(seedText: string): () => number {
  let h = 2166136261;
  for (const ch of seedText) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const W = 1600;
const H = 900;
const r1 = (n: number) => Math.round(n * 10) / 10;

function motifShapes(motif: HeroMotif, c: [string, string, string, string], rand: () => number): string {
  const [dark, mid, accent, light] = c;
  const out: string[] = [];
  switch (motif) {
    case 'skyline': {
      let x = 0;
      while (x < W) {
        const w = 60 + rand() * 120;
        const h = 200 + rand() * 420;
        out.push(`<rect x="${r1(x)}" y="${r1(H - h)}" width="${r1(w)}" height="${r1(h)}" fill="${mid}" opacity="${r1(0.6 + rand() * 0.4)}"/>`);
        for (let wy = H - h + 24; wy < H - 20; wy += 36)
          for (let wx = x + 12; wx < x + w - 16; wx += 26)
            if (rand() > 0.55) out.push(`<rect x="${r1(wx)}" y="${r1(wy)}" width="10" height="16" fill="${accent}" opacity="0.8"/>`);
        x += w + 6;
      }
      out.push(`<circle cx="${r1(300 + rand() * 1000)}" cy="180" r="70" fill="${accent}" opacity="0.9"/>`);
      break;
    }
    case 'chart': {
      for (let y = 150; y < H; y += 120) out.push(`<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${light}" stroke-opacity="0.15" stroke-width="2"/>`);
      let y = 600;
      const pts: string[] = [];
      for (let x = 0; x <= W; x += 80) {
        y = Math.min(800, Math.max(150, y + (rand() - 0.5) * 180));
        pts.push(`${x},${r1(y)}`);
      }
      out.push(`<polygon points="0,${H} ${pts.join(' ')} ${W},${H}" fill="${mid}" opacity="0.7"/>`);
      out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${accent}" stroke-width="10" stroke-linejoin="round"/>`);
      break;
    }
    case 'waves': {
      for (let i = 0; i < 7; i++) {
        const base = 380 + i * 80;
        const amp = 30 + rand() * 40;
        let d = `M0 ${base}`;
        for (let x = 0; x <= W; x += 200) d += ` Q ${x + 100} ${r1(base - amp)} ${x + 200} ${base}`;
        d += ` L ${W} ${H} L 0 ${H} Z`;
        out.push(`<path d="${d}" fill="${i % 2 ? mid : accent}" opacity="${r1(0.25 + i * 0.08)}"/>`);
      }
      break;
    }
    case 'columns': {
      // A portico: its columns, proportions and roof (pediment or dome) differ from story to story.
      const count = 4 + Math.floor(rand() * 5);
      const span = 760 + rand() * 560;
      const left = (W - span) / 2 + (rand() - 0.5) * 300;
      const top = 300 + rand() * 160;
      const base = 780;
      const gap = span / count;
      const width = gap * (0.35 + rand() * 0.2);
      if (rand() < 0.5)
        out.push(
          `<polygon points="${r1(left - 40)},${r1(top - 20)} ${r1(left + span / 2)},${r1(top - 140 - rand() * 120)} ${r1(left + span + 40)},${r1(top - 20)}" fill="${light}" opacity="0.85"/>`,
        );
      else {
        // Kept within the frame, the lantern on top included.
        const radius = Math.min(span * (0.22 + rand() * 0.12), (top - 100) / 0.8);
        out.push(
          `<path d="M${r1(left + span / 2 - radius)} ${r1(top - 20)} A ${r1(radius)} ${r1(radius * 0.8)} 0 0 1 ${r1(left + span / 2 + radius)} ${r1(top - 20)} Z" fill="${light}" opacity="0.85"/>`,
        );
        out.push(`<rect x="${r1(left + span / 2 - 8)}" y="${r1(top - 20 - radius * 0.8 - 60)}" width="16" height="60" fill="${light}" opacity="0.85"/>`);
      }
      out.push(`<rect x="${r1(left - 40)}" y="${r1(top - 20)}" width="${r1(span + 80)}" height="36" fill="${light}" opacity="0.9"/>`);
      for (let i = 0; i < count; i++)
        out.push(
          `<rect x="${r1(left + i * gap + (gap - width) / 2)}" y="${r1(top + 16)}" width="${r1(width)}" height="${r1(base - top - 16)}" fill="${light}" opacity="0.75"/>`,
        );
      for (let step = 0; step < 3; step++)
        out.push(
          `<rect x="${r1(left - 60 - step * 30)}" y="${base + step * 24}" width="${r1(span + 120 + step * 60)}" height="24" fill="${light}" opacity="${r1(0.9 - step * 0.15)}"/>`,
        );
      if (rand() < 0.6) {
        const pole = left + span / 2 + (rand() - 0.5) * span * 0.6;
        out.push(`<line x1="${r1(pole)}" y1="${r1(top - 20)}" x2="${r1(pole)}" y2="${r1(top - 260)}" stroke="${light}" stroke-width="5"/>`);
        out.push(`<rect x="${r1(pole)}" y="${r1(top - 260)}" width="110" height="64" fill="${accent}"/>`);
      }
      out.push(`<rect x="0" y="${base + 72}" width="${W}" height="${H - base - 72}" fill="${accent}" opacity="0.6"/>`);
      break;
    }
    case 'globe': {
      const cx = 500 + rand() * 600;
      const cy = 400 + rand() * 120;
      const radius = 240 + rand() * 140;
      const tilt = r1((rand() - 0.5) * 50);
      const meridians = 3 + Math.floor(rand() * 4);
      out.push(`<g transform="rotate(${tilt} ${r1(cx)} ${r1(cy)})">`);
      out.push(`<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(radius)}" fill="${mid}" stroke="${light}" stroke-width="6"/>`);
      for (let i = 1; i <= meridians; i++)
        out.push(
          `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1((radius * i) / (meridians + 1))}" ry="${r1(radius)}" fill="none" stroke="${light}" stroke-opacity="0.5" stroke-width="3"/>`,
        );
      for (let i = -2; i <= 2; i++) {
        const y = (radius / 3) * i;
        const half = Math.sqrt(radius ** 2 - y ** 2);
        out.push(
          `<line x1="${r1(cx - half)}" y1="${r1(cy + y)}" x2="${r1(cx + half)}" y2="${r1(cy + y)}" stroke="${light}" stroke-opacity="0.5" stroke-width="3"/>`,
        );
      }
      out.push(`</g>`);
      const points: [number, number][] = [];
      for (let i = 0; i < 3 + Math.floor(rand() * 4); i++) {
        const angle = rand() * Math.PI * 2;
        const distance = Math.sqrt(rand()) * radius * 0.8;
        points.push([cx + Math.cos(angle) * distance, cy + Math.sin(angle) * distance]);
      }
      // Routes between the places in the story.
      for (let i = 1; i < points.length; i++) {
        const [x1, y1] = points[i - 1]!;
        const [x2, y2] = points[i]!;
        out.push(
          `<path d="M${r1(x1)} ${r1(y1)} Q ${r1((x1 + x2) / 2)} ${r1(Math.min(y1, y2) - 80)} ${r1(x2)} ${r1(y2)}" fill="none" stroke="${accent}" stroke-width="4" stroke-dasharray="12 10"/>`,
        );
      }
      for (const [x, y] of points) out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="14" fill="${accent}"/>`);
      break;
    }
    case 'circuit': {
      for (let i = 0; i < 26; i++) {
        const x = rand() * W;
        const y = rand() * H;
        const x2 = x + (rand() - 0.5) * 500;
        out.push(
          `<polyline points="${r1(x)},${r1(y)} ${r1(x2)},${r1(y)} ${r1(x2)},${r1(y + (rand() - 0.5) * 300)}" fill="none" stroke="${accent}" stroke-opacity="0.7" stroke-width="5"/>`,
        );
        out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="10" fill="${light}"/>`);
      }
      const chipWidth = 240 + rand() * 240;
      const chipHeight = 200 + rand() * 160;
      const chipX = 300 + rand() * (W - 600 - chipWidth);
      const chipY = 180 + rand() * (H - 360 - chipHeight);
      out.push(
        `<rect x="${r1(chipX)}" y="${r1(chipY)}" width="${r1(chipWidth)}" height="${r1(chipHeight)}" rx="24" fill="${mid}" stroke="${accent}" stroke-width="8"/>`,
      );
      for (let x = chipX + 30; x < chipX + chipWidth - 20; x += 40)
        out.push(`<line x1="${r1(x)}" y1="${r1(chipY + chipHeight)}" x2="${r1(x)}" y2="${r1(chipY + chipHeight + 40)}" stroke="${light}" stroke-width="6"/>`);
      break;
    }
    case 'field': {
      const rows = 6 + Math.floor(rand() * 5);
      const horizon = 360 + rand() * 200;
      for (let i = 0; i < rows; i++) {
        const y = horizon + i * ((H - horizon) / rows);
        const lift = (rand() - 0.5) * 160;
        out.push(
          `<path d="M0 ${r1(y)} C ${r1(300 + rand() * 400)} ${r1(y - 60 + lift)}, ${r1(900 + rand() * 400)} ${r1(y + 60 - lift)}, ${W} ${r1(y - 20 + lift / 2)} L ${W} ${H} L 0 ${H} Z" fill="${i % 2 ? mid : accent}" opacity="${r1(0.2 + (i * 0.6) / rows)}"/>`,
        );
      }
      out.push(`<circle cx="${r1(200 + rand() * 1200)}" cy="${r1(120 + rand() * (horizon - 260))}" r="${r1(60 + rand() * 60)}" fill="${accent}"/>`);
      break;
    }
    case 'bridge': {
      const deck = 480 + rand() * 140;
      const arches = 1 + Math.floor(rand() * 3);
      const rise = 180 + rand() * 160;
      const span = W / arches;
      out.push(`<rect x="0" y="${r1(deck + 60)}" width="${W}" height="${r1(H - deck - 60)}" fill="${mid}" opacity="0.8"/>`);
      let arch = `M0 ${r1(deck)}`;
      for (let i = 0; i < arches; i++) arch += ` Q ${r1(span * i + span / 2)} ${r1(deck - rise * 2)} ${r1(span * (i + 1))} ${r1(deck)}`;
      out.push(`<path d="${arch}" fill="none" stroke="${light}" stroke-width="12"/>`);
      out.push(`<rect x="0" y="${r1(deck)}" width="${W}" height="26" fill="${light}"/>`);
      const spacing = 50 + Math.floor(rand() * 60);
      for (let x = spacing / 2; x < W; x += spacing)
        out.push(
          `<line x1="${r1(x)}" y1="${r1(deck)}" x2="${r1(x)}" y2="${r1(deck - rise * Math.abs(Math.sin(((x % span) / span) * Math.PI)) * 0.95)}" stroke="${light}" stroke-opacity="0.6" stroke-width="3"/>`,
        );
      for (let i = 0; i < 3; i++)
        out.push(
          `<rect x="${r1(rand() * (W - 200))}" y="${r1(deck + 110 + i * 60)}" width="${r1(80 + rand() * 200)}" height="6" fill="${light}" opacity="0.35"/>`,
        );
      out.push(`<circle cx="${r1(150 + rand() * 1300)}" cy="${r1(110 + rand() * 120)}" r="${r1(40 + rand() * 40)}" fill="${accent}"/>`);
      break;
    }
    case 'stage': {
      const opening = 300 + rand() * 160;
      out.push(`<path d="M0 0 H ${r1(opening)} Q ${r1(opening - 80)} 450 ${r1(opening)} 900 H 0 Z" fill="${accent}" opacity="0.85"/>`);
      out.push(`<path d="M${W} 0 H ${r1(W - opening)} Q ${r1(W - opening + 80)} 450 ${r1(W - opening)} 900 H ${W} Z" fill="${accent}" opacity="0.85"/>`);
      out.push(`<rect x="0" y="0" width="${W}" height="${r1(50 + rand() * 60)}" fill="${accent}"/>`);
      out.push(`<ellipse cx="800" cy="820" rx="${r1(W / 2 - opening + 120)}" ry="70" fill="${light}" opacity="0.35"/>`);
      // Performers in the light, each with a beam of their own.
      const performers = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < performers; i++) {
        const x = opening + 120 + ((W - 2 * opening - 240) * (i + 0.5 + (rand() - 0.5) * 0.4)) / performers;
        const height = 220 + rand() * 120;
        out.push(`<polygon points="${r1(x + (rand() - 0.5) * 200)},0 ${r1(x - 150)},820 ${r1(x + 150)},820" fill="${light}" opacity="0.12"/>`);
        out.push(`<circle cx="${r1(x)}" cy="${r1(800 - height)}" r="${r1(height / 9)}" fill="${light}" opacity="0.8"/>`);
        out.push(
          `<path d="M${r1(x - height / 6)} 800 L ${r1(x)} ${r1(800 - height + height / 8)} L ${r1(x + height / 6)} 800 Z" fill="${light}" opacity="0.8"/>`,
        );
      }
      if (rand() < 0.6) {
        // The front rows of the audience.
        for (let row = 0; row < 2; row++)
          for (let x = 20 + row * 40 + rand() * 30; x < W; x += 80 + rand() * 20)
            out.push(`<circle cx="${r1(x)}" cy="${r1(870 - row * 40)}" r="${r1(26 + rand() * 6)}" fill="${dark}" opacity="0.9"/>`);
      }
      break;
    }
    case 'leaf': {
      for (let i = 0; i < 14; i++) {
        const x = rand() * W;
        const y = rand() * H;
        const rot = rand() * 360;
        const s = 0.6 + rand();
        out.push(
          `<path transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(rot)}) scale(${r1(s)})" d="M0 0 C 60 -90, 160 -90, 220 0 C 160 90, 60 90, 0 0 Z" fill="${i % 2 ? accent : mid}" opacity="0.75"/>`,
        );
      }
      break;
    }
  }
  return out.join('');
}

export function heroSvg(options: { slug: string; section: string; motif: HeroMotif }): string {
  const palette = PALETTES[options.section] ?? PALETTES.world!;
  const rand = rng(options.slug);
  const [dark, mid] = palette;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>`,
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>`,
    // Half the pictures face the other way, so that stories sharing a motif do not share a composition.
    rand() < 0.5 ? motifShapes(options.motif, palette, rand) : `<g transform="translate(${W} 0) scale(-1 1)">${motifShapes(options.motif, palette, rand)}</g>`,
    `</svg>`,
  ].join('');
}
