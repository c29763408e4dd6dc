import { Module } from '@nestjs/common';
import { RuntimeModule } from '../runtime/runtime.module';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

/** 统一出证: numbered result documents of decided items. */
@Module({ imports: [RuntimeModule], controllers: [CertificatesController], providers: [CertificatesService] })
export class CertificatesModule {}
