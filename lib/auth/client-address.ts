/** The client's address as the first proxy saw it; 'unknown' when no header says. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const candidate = forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
  return candidate.slice(0, 64);
}
