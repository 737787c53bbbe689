import { notFound } from 'next/navigation';
import { isRowId, isSlug, parsePageNumber } from './slug';

/** A slug from the URL, or a 404 before any query runs. */
export function slugOr404(value: string): string {
  if (!isSlug(value)) notFound();
  return value;
}

/** `/x/page/N`: N >= 2 (page 1 lives at `/x`), otherwise 404. */
export function pageOr404(value: string): number {
  const page = parsePageNumber(value);
  if (page === null || page < 2) notFound();
  return page;
}

/** A numeric id from the URL, or a 404 before any query runs. */
export function idOr404(value: string): number {
  const id = Number(value);
  if (!isRowId(id)) notFound();
  return id;
}
