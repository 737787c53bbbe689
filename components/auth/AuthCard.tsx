export function AuthCard({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="headline text-3xl font-bold">{title}</h1>
      <p className="mt-2 text-muted">{intro}</p>
      <div className="mt-6 rounded border rule p-5 sm:p-6">{children}</div>
    </main>
  );
}
