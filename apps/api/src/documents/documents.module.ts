import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { VerificationController } from './verification.controller';

@Module({ imports: [PartnershipsModule], controllers: [DocumentsController, VerificationController], providers: [DocumentsService] })
export class DocumentsModule {}
