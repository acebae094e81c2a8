// Multipart bodies for the typed client: openapi-typescript types a file part as a string, while at run time it is
// the File itself, which FormData sends with its name and type (the browser sets the boundary).
export function multipartBody(fields: Readonly<Record<string, string | Blob | undefined>>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  return form;
}

/** A File where the generated types expect the string of a binary part. */
export const filePart = (file: File) => file as unknown as string;
