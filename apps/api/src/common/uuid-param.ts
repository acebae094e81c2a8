import { validationMessage } from '@daikou/domain';
import { Param, type PipeTransform } from '@nestjs/common';
import { Problem } from './problem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (UUID.test(value)) return value.toLowerCase();
    throw new Problem('validation', `${this.name} must be a UUID`, [{ path: `params.${this.name}`, message: validationMessage('uuid_invalid') }]);
  }
}

/** A path parameter that must be a UUID (a 422 naming it otherwise, never a database error). */
export const UuidParam = (name = 'id') => Param(name, new UuidPipe(name));
