import { ReaderLink as Link } from '@/components/ui/ReaderLink';

/** What a newsletter page says when the link that led to it cannot be used, and where to go instead. */
export function LinkProblem({ message, next }: { message: string; next?: { href: string; label: string } }) {
  return (
    <>
      <p role="alert" className="mt-4 rounded border border-accent p-3">
        {message}
      </p>
      {next && (
        <p className="mt-4">
          <Link href={next.href} className="underline">
            {next.label}
          </Link>
        </p>
      )}
    </>
  );
}
