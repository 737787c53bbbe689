/**
 * When the house faces (app/fonts.ts) are used. A page uses them only when this browser has already
 * fetched them: they are then in its cache and set from the first paint. On a reader's first page the
 * device's faces, scaled to the house metrics, are painted at once and the house faces are fetched once
 * the reader engages with the page (see components/layout/HouseFonts.tsx): text never waits for a font,
 * never changes face under the reader, and a phone's first paint does not wait on 100 KB of type.
 * Readers without scripts keep the device's faces. Plain constants, so the document's head script and
 * the client share them.
 */
export const HOUSE_FONTS_KEY = 'newshub-house-fonts';

/** Families of the faces to fetch ahead: the Latin files; the Extended ones load when a page needs them. */
export const HOUSE_FACE_FAMILIES = ['houseSerif', 'houseSans'];

/** Runs before the page paints: <html data-fonts> switches the type to the house faces (globals.css). */
export const houseFontsMarkScript = `try{if(localStorage.getItem('${HOUSE_FONTS_KEY}'))document.documentElement.dataset.fonts='1'}catch(e){}`;
