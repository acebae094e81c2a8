// Assertions shared by the identity tests: every error is problem+json with a stable type (and the field it names).
import type { Response } from 'supertest';

export function expectProblem(response: Response, status: number, type: string, path?: string): void {
  expect({ status: response.status, type: response.body.type }).toEqual({ status, type: `urn:daikou:problem:${type}` });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, title: expect.any(String) });
  if (path !== undefined) expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
