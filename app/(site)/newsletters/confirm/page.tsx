import type { Metadata } from 'next';
import { confirmAction } from '@/lib/actions/newsletters';
import { listNewsletters, pendingConfirmation } from '@/lib/dal/newsletter-subscribers';
import { SubmitButton } from '@/components/ui/form';
import { LinkProblem } from '@/components/newsletters/LinkProblem';

export const metadata: Metadata = { title: 'Confirm your newsletters', robots: { index: false }, referrer: 'no-referrer' };

export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const [pending, lists] = await Promise.all([pendingConfirmation(token), listNewsletters()]);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <h1 className="headline text-3xl font-bold">Confirm your newsletters</h1>
      {pending.ok ? (
        <>
          <p className="mt-3">
            For <span className="font-semibold">{pending.value.email}</span>:
          </p>
          <ul className="mt-2 list-disc pl-6">
            {lists
              .filter((l) => pending.value.lists.some((p) => p.key === l.key))
              .map((l) => (
                <li key={l.key}>{l.name}</li>
              ))}
          </ul>
          <form action={confirmAction} className="mt-6" aria-label="Confirm subscription">
            <input type="hidden" name="token" value={String(token)} />
            <SubmitButton pendingText="Confirming…">Confirm my subscription</SubmitButton>
          </form>
          <p className="mt-4 text-sm text-muted">Didn’t ask for this? Close this page: nothing will be sent.</p>
        </>
      ) : (
        <LinkProblem message={pending.message} next={{ href: '/newsletters', label: 'Sign up again' }} />
      )}
    </main>
  );
}
