import { Param, type PipeTransform } from '@nestjs/common';
import { validationMessage } from '@daikou/domain';
import { Problem } from '../common/problem';

class VersionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
    throw new Problem('validation', 'The version number must be a positive integer', [{ path: 'params.number', message: validationMessage('version_number_invalid') }]);
  }
}

/** The `:number` of an MoU version in a path: a positive integer (422 naming it otherwise). */
export const VersionNumberParam = () => Param('number', new VersionNumberPipe());
