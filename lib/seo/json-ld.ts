/**
 * JSON for a <script type="application/ld+json"> element. The HTML parser ends a script element at the
 * first `</script`, and `<!--` changes how it scans, so `<`, `>` and `&` are written as \u escapes
 * (still the same JSON); U+2028/U+2029 are escaped too for older JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
