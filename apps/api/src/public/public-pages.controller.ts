// The public transparency pages (outside /api: see public-page-routes.ts): server-rendered HTML for a cheap phone on
// a slow connection — no script, cached with an ETag — and the feedback form, which hands the visitor's text to the
// monitoring feature's FeedbackService with the same validation, rate and size limits as its JSON endpoint.
import { Body, Controller, Get, Header, Headers, Param, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ThrottleGroup } from '../common/throttle-group';
import type { Response } from 'express';
import { feedbackInput, localizeValidationMessage } from '@daikou/domain';
import { Public } from '../auth/public.decorator';
import { notFound, Problem } from '../common/problem';
import { UuidParam } from '../common/uuid-param';
import { fieldErrors } from '../common/zod';
import { FeedbackBodyLimit } from '../monitoring/body-limit.guard';
import { FeedbackService } from '../monitoring/feedback.service';
import { FEEDBACK_PER_MINUTE } from '../monitoring/service-points.controller';
import { messagePage } from './pages/message-page';
import { khmerFont } from './pages/page-font';
import { pageLanguage } from './pages/page-language';
import { inLanguage, textIn } from './pages/page-layout';
import { partnershipListPage } from './pages/partnership-list-page';
import { partnershipPage } from './pages/partnership-page';
import { servicePointPage, type FeedbackForm } from './pages/service-point-page';
import { PUBLIC_CACHE_CONTROL } from './public-cache';
import { PublicPageErrorFilter } from './public-page-errors.filter';
import { feedbackThanksPath, servicePointPagePath } from './public-page-routes';
import { publicPartnershipQuery } from './public-query';
import { PublicRecordsService } from './public-records.service';

const HTML = 'text/html; charset=utf-8';
// Twenty partnerships keep a list page light on a slow connection.
const LIST_PAGE_SIZE = 20;

@ApiExcludeController()
@Controller('public')
@UseFilters(PublicPageErrorFilter)
export class PublicPagesController {
  constructor(
    private readonly records: PublicRecordsService,
    private readonly feedback: FeedbackService,
  ) {}

  @Get()
  @Public()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @Header('Vary', 'Accept-Language')
  async list(@Query() raw: Record<string, unknown>, @Headers('accept-language') acceptLanguage?: string) {
    const lang = pageLanguage(raw.lang, acceptLanguage);
    // The filter form sends every field; an empty one means "any".
    const parsed = publicPartnershipQuery.safeParse(Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== '')));
    if (!parsed.success) throw new Problem('validation', 'Some filters are invalid', fieldErrors(parsed.error, 'query'));
    const query = { ...parsed.data, limit: LIST_PAGE_SIZE };
    return partnershipListPage({ lang, query, page: await this.records.list(query), provinces: await this.records.provinces() });
  }

  @Get('partnerships/:partnershipId')
  @Public()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @Header('Vary', 'Accept-Language')
  async partnership(@UuidParam('partnershipId') id: string, @Query('lang') lang: unknown, @Headers('accept-language') acceptLanguage?: string) {
    return partnershipPage(await this.records.partnership(id), pageLanguage(lang, acceptLanguage));
  }

  @Get('service-points/:servicePointId')
  @Public()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @Header('Vary', 'Accept-Language')
  async servicePoint(@UuidParam('servicePointId') id: string, @Query('lang') lang: unknown, @Headers('accept-language') acceptLanguage?: string) {
    return servicePointPage(await this.records.servicePoint(id), pageLanguage(lang, acceptLanguage));
  }

  /** A plain form post: 303 to the thank-you page, or the form again (422) with each reason beside its field. */
  @Post('service-points/:servicePointId/feedback')
  @Public()
  @Throttle({ default: { limit: FEEDBACK_PER_MINUTE, ttl: 60_000 } })
  @ThrottleGroup('feedback')
  @UseGuards(FeedbackBodyLimit)
  async giveFeedback(
    @UuidParam('servicePointId') id: string,
    @Body() body: Record<string, unknown> | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const form = body ?? {};
    const lang = pageLanguage(form.lang, acceptLanguage);
    const point = await this.records.servicePoint(id);
    const rating = typeof form.rating === 'string' ? form.rating : '';
    const parsed = feedbackInput.safeParse({ text: form.text, ...(rating ? { rating: Number(rating) } : {}) });
    if (parsed.success) {
      await this.feedback.submit(id, parsed.data);
      response.redirect(303, inLanguage(feedbackThanksPath(id), lang));
      return;
    }
    const errors: FeedbackForm['errors'] = {};
    for (const { path, message } of fieldErrors(parsed.error)) {
      if (path === 'text' || path === 'rating') errors[path] = localizeValidationMessage(message, lang);
      else errors.form = textIn(lang)('fixBelow');
    }
    const page = servicePointPage(point, lang, { text: typeof form.text === 'string' ? form.text : '', rating, errors });
    response.status(422).setHeader('Cache-Control', 'no-store').type('html').send(page);
  }

  @Get('service-points/:servicePointId/thanks')
  @Public()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @Header('Vary', 'Accept-Language')
  async thanks(@UuidParam('servicePointId') id: string, @Query('lang') lang: unknown, @Headers('accept-language') acceptLanguage?: string) {
    await this.records.servicePoint(id);
    const language = pageLanguage(lang, acceptLanguage);
    const t = textIn(language);
    return messagePage({
      lang: language,
      title: t('thanksTitle'),
      text: t('thanksText'),
      back: { path: servicePointPagePath(id), label: t('backToService') },
      languageHref: (other) => inLanguage(feedbackThanksPath(id), other),
    });
  }

  @Get('fonts/:file')
  @Public()
  font(@Param('file') file: string, @Res() response: Response): void {
    const font = khmerFont();
    if (file !== font.name) throw notFound('The font');
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.type('font/woff2').send(font.file);
  }
}
