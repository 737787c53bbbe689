'use client';

import { useState } from 'react';

/** An email's HTML in a sandboxed frame (nothing in it runs), with its plain-text version a click away. */
export function EmailPreview({ subject, html, text }: { subject: string; html: string; text: string }) {
  const [plain, setPlain] = useState(false);
  return (
    <section aria-label="Email preview" className="rounded border rule">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b rule px-3 py-2 text-sm">
        <p>
          <span className="text-muted">Subject:</span> <strong>{subject}</strong>
        </p>
        <button type="button" className="underline" onClick={() => setPlain((p) => !p)} aria-pressed={plain}>
          Plain text
        </button>
      </div>
      {plain ? (
        <pre className="max-h-[36rem] overflow-auto p-3 text-sm whitespace-pre-wrap">{text}</pre>
      ) : (
        <iframe title={`Email: ${subject}`} sandbox="" srcDoc={html} className="h-[36rem] w-full bg-white" />
      )}
    </section>
  );
}
