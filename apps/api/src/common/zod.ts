import { validationMessage } from '@daikou/domain';
// Request validation with the shared zod schemas, and the same schemas described in the OpenAPI document.
import { applyDecorators, Body, Query, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { Problem, type FieldError } from './problem';

export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const pathOf = (segments: PropertyKey[]) => [prefix, ...segments.map(String)].filter(Boolean).join('.') || '(root)';
  return error.issues.flatMap((issue) =>
    // An unknown field is named itself, not its parent object.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: validationMessage('unknown_field') }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
}

export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly where: 'body' | 'query',
  ) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? (this.where === 'body' ? undefined : {}));
    if (result.success) return result.data;
    const prefix = this.where === 'query' ? 'query' : '';
    throw new Problem('validation', 'Some fields are missing or invalid', fieldErrors(result.error, prefix));
  }
}

/** Named schemas collected for the OpenAPI document's `components.schemas`. */
export const openApiComponents = new Map<string, z.ZodType>();

function ref(name: string, schema: z.ZodType) {
  const existing = openApiComponents.get(name);
  if (existing && existing !== schema) throw new Error(`OpenAPI schema name ${name} is used for two different schemas`);
  openApiComponents.set(name, schema);
  return { $ref: `#/components/schemas/${name}` };
}

export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** Validated JSON body: `@ZodBody('LoginInput', loginInput) input: LoginInput`. */
export function ZodBody<S extends z.ZodType>(name: string, schema: S): ParameterDecorator {
  const decorate = ApiBody({ schema: ref(name, schema) });
  return (target, key, index) => {
    decorate(target, key!, Object.getOwnPropertyDescriptor(target, key!)!);
    Body(new ZodPipe(schema, 'body'))(target, key, index);
  };
}

/** Validated query string; each top-level property of the object schema becomes a documented parameter. */
export function ZodQuery<S extends z.ZodObject>(schema: S): ParameterDecorator {
  const json = jsonSchemaOf(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  const decorators = Object.entries(json.properties ?? {}).map(([name, property]) =>
    ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property }),
  );
  const decorate = applyDecorators(...decorators);
  return (target, key, index) => {
    decorate(target, key!, Object.getOwnPropertyDescriptor(target, key!)!);
    Query(new ZodPipe(schema, 'query'))(target, key, index);
  };
}

/** Documents a JSON response with a named schema. */
export function ApiJson(status: number, name: string, schema: z.ZodType, description = 'OK') {
  return ApiResponse({ status, description, content: { 'application/json': { schema: ref(name, schema) } } });
}
