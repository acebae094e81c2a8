// For route loaders: an object the API does not have (or an id it cannot read) is the route's "not found".
import { data } from 'react-router';
import { hasStatus } from './api-error';

export async function loadOrNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (hasStatus(error, 404) || hasStatus(error, 422)) throw data(null, { status: 404 });
    throw error;
  }
}
