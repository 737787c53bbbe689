/** A labelled select of a newsroom filter form (GET), with an "any" choice first. */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  value: string | null | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ''} className="mt-1 block w-full rounded border rule bg-paper px-2 py-1.5 font-normal">
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
