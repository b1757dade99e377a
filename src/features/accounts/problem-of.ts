import { ApiError, isOutcomeUnknown } from '../../api/client';

export interface ProblemMessages {
  /** Messages that belong next to a field, by the field's name in the request. */
  fields: Record<string, string>;
  /** What is left for the whole form: the API's title and detail, or what went wrong on the way. */
  form: { title: string; detail?: string } | null;
}

/** Splits a failed action into what the form shows at its fields and what it shows above them. */
export function problemOf(error: Error | null, fieldNames: readonly string[] = ['seats', 'days']): ProblemMessages {
  if (!error) return { fields: {}, form: null };
  if (error instanceof ApiError) {
    const fields = Object.fromEntries(Object.entries(error.fieldErrors).filter(([name]) => fieldNames.includes(name)));
    if (Object.keys(fields).length > 0) return { fields, form: null };
    return { fields, form: { title: error.problem.title, detail: error.problem.detail } };
  }
  // No answer (or none the console can read): the server may have made the change. Never claim it did not.
  if (isOutcomeUnknown(error))
    return {
      fields: {},
      form: {
        title: 'The change could not be confirmed',
        detail: `${error.message} The account is being reloaded to show whether the change was made; check it before trying again.`,
      },
    };
  return { fields: {}, form: { title: error.message } };
}
