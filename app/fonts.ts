import localFont from 'next/font/local';

/**
 * The house faces, served from our own origin: Source Serif 4 for headlines and article text, Inter for
 * everything around them (navigation, labels, bylines, forms). Each is split as the font packages ship
 * it, Latin and Latin Extended, so a page downloads the second file only when it has a "ğ" or an "ő".
 * Letters in other scripts fall back to the device's fonts. A page sets them only once the browser has
 * them (lib/fonts/house-fonts.ts); `display: optional` covers a cache that lost them: a face that has
 * not arrived by first paint is not swapped in later on that page, so text never moves under the reader.
 * The fallback faces, sized to these fonts' metrics so the two set alike, are in app/globals.css: they
 * name the metric twins of Times New Roman and Arial that Linux and Android carry, which the font
 * loader's own fallback (Times New Roman or Arial only) misses. Nothing is preloaded. (The
 * font loader takes only literals, hence the repeated ranges: those the font packages give each file.)
 */
export const houseSerif = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', weight: '200 900', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', weight: '200 900', style: 'italic' },
  ],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
  variable: '--font-serif-latin',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
});

export const houseSerifExtended = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2', weight: '200 900', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-italic.woff2', weight: '200 900', style: 'italic' },
  ],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
  variable: '--font-serif-latin-ext',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
});

export const houseSans = localFont({
  src: [{ path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', weight: '100 900', style: 'normal' }],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
  variable: '--font-sans-latin',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
});

export const houseSansExtended = localFont({
  src: [{ path: '../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2', weight: '100 900', style: 'normal' }],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
  variable: '--font-sans-latin-ext',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
});

export const fontVariables = [houseSerif, houseSerifExtended, houseSans, houseSansExtended].map((font) => font.variable).join(' ');
