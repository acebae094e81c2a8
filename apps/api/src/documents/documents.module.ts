import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { VerificationController, VerificationPageController } from './verification.controller';

@Module({ imports: [PartnershipsModule], controllers: [DocumentsController, VerificationController, VerificationPageController], providers: [DocumentsService] })
export class DocumentsModule {}
