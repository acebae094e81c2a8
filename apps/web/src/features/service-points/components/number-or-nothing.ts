// A number field's text as the number the schemas check: nothing when empty, so the "required" message shows.
export function numberOrNothing(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}
