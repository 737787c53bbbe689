/** What every form action returns: a message for the form's live region, field errors, and the values to keep. */
export type FormState<Field extends string = string> = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  /** What the user typed (never passwords), so a failed submit loses nothing. */
  values?: Partial<Record<Field, string>>;
};

export const idle: FormState = { status: 'idle' };

export function fieldErrorsOf<Field extends string>(issues: { path: PropertyKey[]; message: string }[]): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '') as Field;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}
