import type { z } from 'zod';

/** The issues a schema reports for `input`, as [dotted path, message] pairs, or [] when the input is valid. */
export function issuesOf(schema: z.ZodType, input: unknown): Array<[string, string]> {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}
