// A visitor of the public pages gets a page, not problem+json: 404 for what is missing or unpublished, 422 for an
// invalid address, and — when the feedback form was refused for sending too often — the form again, their text kept.
import { Catch, Injectable, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toProblemBody } from '../common/problem.filter';
import { messagePage } from './pages/message-page';
import { pageLanguage } from './pages/page-language';
import { textIn } from './pages/page-layout';
import type { PageText } from './pages/page-texts';
import { servicePointPage } from './pages/service-point-page';
import { PUBLIC_PAGES_ROOT } from './public-page-routes';
import { PublicRecordsService } from './public-records.service';

const MESSAGES: Record<number, { title: PageText; text: PageText }> = {
  404: { title: 'notFoundTitle', text: 'notFoundText' },
  413: { title: 'errorTitle', text: 'tooLargeText' },
  422: { title: 'invalidTitle', text: 'invalidText' },
  429: { title: 'errorTitle', text: 'tooManyText' },
};

@Catch()
@Injectable()
export class PublicPageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('PublicPages');

  constructor(private readonly records: PublicRecordsService) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<Request & { id?: string }>();
    const response = host.switchToHttp().getResponse<Response>();
    const { status } = toProblemBody(exception);
    if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Public page failed');
    const form = (request.body ?? {}) as Record<string, unknown>;
    const lang = pageLanguage(form.lang ?? request.query.lang, request.headers['accept-language']);
    const t = textIn(lang);
    const message = MESSAGES[status] ?? { title: 'errorTitle', text: 'errorText' };
    const page = (await this.refusedFeedback(request, status, form, t(message.text))) ??
      messagePage({ lang, title: t(message.title), text: t(message.text), back: { path: PUBLIC_PAGES_ROOT, label: t('allPartnerships') } });
    if (response.headersSent) return;
    response.status(status).setHeader('Cache-Control', 'no-store').type('html').send(page);
  }

  /** A feedback post refused for its rate: the service point's page with the visitor's text and the reason. */
  private async refusedFeedback(request: Request, status: number, form: Record<string, unknown>, reason: string): Promise<string | null> {
    const servicePointId = request.params?.servicePointId as string | undefined;
    if (request.method !== 'POST' || status !== 429 || !servicePointId) return null;
    try {
      const point = await this.records.servicePoint(servicePointId.toLowerCase());
      const lang = pageLanguage(form.lang, request.headers['accept-language']);
      return servicePointPage(point, lang, { text: typeof form.text === 'string' ? form.text : '', rating: typeof form.rating === 'string' ? form.rating : '', errors: { form: reason } });
    } catch {
      return null;
    }
  }
}
