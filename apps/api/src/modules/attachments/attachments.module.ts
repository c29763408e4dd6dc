import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

/** Uploaded materials (PDF, images, OFD) stored in PostgreSQL, checked by their bytes. */
@Module({ imports: [RuntimeModule], controllers: [AttachmentsController], providers: [AttachmentsService] })
export class AttachmentsModule {}
