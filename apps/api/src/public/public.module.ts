import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { AnonymousVisitor } from './anonymous-visitor.middleware';
import { PublicPageErrorFilter } from './public-page-errors.filter';
import { PublicPagesController } from './public-pages.controller';
import { PublicRecordsController } from './public-records.controller';
import { PublicRecordsService } from './public-records.service';

/** The public transparency record: JSON under /api/public and the pages under /public, for visitors without login. */
@Module({
  imports: [MonitoringModule],
  controllers: [PublicRecordsController, PublicPagesController],
  providers: [PublicRecordsService, PublicPageErrorFilter],
})
export class PublicModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AnonymousVisitor).forRoutes(PublicRecordsController, PublicPagesController);
  }
}
