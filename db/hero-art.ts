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
  const [, mid, accent, light] = c;
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
      out.push(`<polygon points="200,300 800,120 1400,300" fill="${light}" opacity="0.85"/>`);
      for (let x = 260; x < 1380; x += 160) out.push(`<rect x="${x}" y="320" width="70" height="460" fill="${light}" opacity="0.75"/>`);
      out.push(`<rect x="180" y="780" width="1240" height="50" fill="${light}" opacity="0.9"/>`);
      out.push(`<rect x="0" y="830" width="${W}" height="70" fill="${accent}" opacity="0.6"/>`);
      break;
    }
    case 'globe': {
      out.push(`<circle cx="800" cy="450" r="330" fill="${mid}" stroke="${light}" stroke-width="6"/>`);
      for (let i = 1; i < 6; i++)
        out.push(`<ellipse cx="800" cy="450" rx="${i * 60}" ry="330" fill="none" stroke="${light}" stroke-opacity="0.5" stroke-width="3"/>`);
      for (let i = -2; i <= 2; i++)
        out.push(
          `<line x1="${800 - Math.sqrt(330 ** 2 - (i * 110) ** 2)}" y1="${450 + i * 110}" x2="${800 + Math.sqrt(330 ** 2 - (i * 110) ** 2)}" y2="${450 + i * 110}" stroke="${light}" stroke-opacity="0.5" stroke-width="3"/>`,
        );
      for (let i = 0; i < 5; i++) out.push(`<circle cx="${r1(560 + rand() * 480)}" cy="${r1(250 + rand() * 400)}" r="14" fill="${accent}"/>`);
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
      out.push(`<rect x="620" y="300" width="360" height="300" rx="24" fill="${mid}" stroke="${accent}" stroke-width="8"/>`);
      break;
    }
    case 'field': {
      for (let i = 0; i < 9; i++) {
        const y = 420 + i * 60;
        out.push(
          `<path d="M0 ${y} C 500 ${y - 60}, 1100 ${y + 60}, ${W} ${y - 20} L ${W} ${H} L 0 ${H} Z" fill="${i % 2 ? mid : accent}" opacity="${r1(0.2 + i * 0.07)}"/>`,
        );
      }
      out.push(`<circle cx="1250" cy="220" r="90" fill="${accent}"/>`);
      break;
    }
    case 'bridge': {
      out.push(`<rect x="0" y="620" width="${W}" height="280" fill="${mid}" opacity="0.8"/>`);
      out.push(`<path d="M0 560 Q 400 260 800 560 Q 1200 260 1600 560" fill="none" stroke="${light}" stroke-width="12"/>`);
      out.push(`<rect x="0" y="560" width="${W}" height="26" fill="${light}"/>`);
      for (let x = 40; x < W; x += 80)
        out.push(
          `<line x1="${x}" y1="560" x2="${x}" y2="${r1(560 - 300 * Math.abs(Math.sin((x / 800) * Math.PI)) * 0.95)}" stroke="${light}" stroke-opacity="0.6" stroke-width="3"/>`,
        );
      out.push(`<circle cx="1300" cy="170" r="60" fill="${accent}"/>`);
      break;
    }
    case 'stage': {
      out.push(`<path d="M0 0 H 380 Q 300 450 380 900 H 0 Z" fill="${accent}" opacity="0.85"/>`);
      out.push(`<path d="M${W} 0 H 1220 Q 1300 450 1220 900 H ${W} Z" fill="${accent}" opacity="0.85"/>`);
      out.push(`<ellipse cx="800" cy="820" rx="520" ry="70" fill="${light}" opacity="0.35"/>`);
      out.push(`<polygon points="800,0 560,820 1040,820" fill="${light}" opacity="0.12"/>`);
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
    motifShapes(options.motif, palette, rand),
    `</svg>`,
  ].join('');
}
