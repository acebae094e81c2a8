// The one API client the web app talks through; the session travels in the server's httpOnly cookie.
import { createApiClient } from '@daikou/api-client';
import { currentLanguage } from './i18n';

export const api = createApiClient();

api.use({
  onRequest({ request }) {
    // The server refuses cookie-authenticated writes that lack this header (cross-site request guard).
    request.headers.set('X-Requested-With', 'daikou');
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
});
