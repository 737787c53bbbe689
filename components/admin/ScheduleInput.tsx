'use client';

import { useState } from 'react';

/** A local date-time picker that sends an unambiguous ISO time. */
export function ScheduleInput() {
  const [local, setLocal] = useState('');
  const iso = local ? new Date(local).toISOString() : '';
  return (
    <label className="text-sm">
      <span className="mr-2">Publish at</span>
      <input type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} className="rounded border rule bg-paper px-2 py-1" required />
      <input type="hidden" name="publishAt" value={iso} />
    </label>
  );
}
