import type { ApiError } from './ApiError';

/**
 * Turns an API refusal into errors per form field: `details.issues` paths such as `body/roles` or
 * `body/email` become `roles` and `email`, and codes that are about one field land on it
 * (`codeFields`, e.g. { ALREADY_EXISTS: 'username', WEAK_PASSWORD: 'password' }).
 * Anything that fits no field is left for the form's summary.
 */
export function fieldErrors(error: ApiError | undefined, codeFields: Partial<Record<string, string>> = {}): { fields: Record<string, string>; summary: string | undefined } {
  if (!error) return { fields: {}, summary: undefined };
  const fields: Record<string, string> = {};
  const field = codeFields[error.code];
  if (field) {
    fields[field] = error.message;
    return { fields, summary: undefined };
  }
  for (const issue of error.issues) {
    const parts = issue.path.split('/').filter(Boolean);
    const name = parts[0] === 'body' ? parts[1] : undefined;
    if (!name || fields[name]) continue;
    // "body/roles must NOT have fewer than 1 items" reads better without the path.
    fields[name] = issue.message.startsWith(issue.path) ? capitalise(issue.message.slice(issue.path.length).trim()) : issue.message;
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, summary: placed ? undefined : error.message };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
