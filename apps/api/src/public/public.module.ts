import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { FeedbackService } from '../monitoring/feedback.service';
import { ServicePointsService } from '../monitoring/service-points.service';
import { AnonymousVisitor } from './anonymous-visitor.middleware';
import { PublicPageErrorFilter } from './public-page-errors.filter';
import { PublicPagesController } from './public-pages.controller';
import { PublicRecordsController } from './public-records.controller';
import { PublicRecordsService } from './public-records.service';

/** The public transparency record: JSON under /api/public and the pages under /public, for visitors without login. */
@Module({
  controllers: [PublicRecordsController, PublicPagesController],
  // FeedbackService is the monitoring feature's own (stateless) service, provided here for the public form.
  providers: [PublicRecordsService, PublicPageErrorFilter, FeedbackService, ServicePointsService],
})
export class PublicModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AnonymousVisitor).forRoutes(PublicRecordsController, PublicPagesController);
  }
}
