import type { ListInfo } from '@/lib/newsletters/lists';

/** The newsletters as checkboxes, each with what it is and how often it comes. */
export function ListChoices({ lists, checked, pending = [], error }: { lists: ListInfo[]; checked: string[]; pending?: string[]; error?: string }) {
  return (
    <fieldset aria-describedby={error ? 'lists-error' : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-semibold">Newsletters</legend>
      <ul className="mt-2 divide-y divide-rule border-y rule">
        {lists.map((list) => (
          <li key={list.key}>
            <label className="flex cursor-pointer items-start gap-3 py-3">
              <input type="checkbox" name="lists" value={list.key} defaultChecked={checked.includes(list.key)} className="mt-1 size-4 accent-accent" />
              <span>
                <span className="block font-semibold">
                  {list.name}
                  {pending.includes(list.key) && <span className="ml-2 text-xs font-normal text-muted">(waiting for you to confirm)</span>}
                </span>
                <span className="block text-sm text-muted">{list.description}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id="lists-error" className="mt-1 text-sm text-accent">
          {error}
        </p>
      )}
    </fieldset>
  );
}
