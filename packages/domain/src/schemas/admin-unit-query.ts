import { z } from 'zod';
import { ADMIN_UNIT_LEVELS } from '../admin-units.js';
import { adminUnitCode, oneOf, searchText } from './fields.js';
import { listQuery } from './list-query.js';

export const adminUnitQuery = listQuery.extend({
  level: oneOf(ADMIN_UNIT_LEVELS).optional(),
  parent: adminUnitCode.optional(),
  q: searchText.optional(),
});
export type AdminUnitQuery = z.infer<typeof adminUnitQuery>;
