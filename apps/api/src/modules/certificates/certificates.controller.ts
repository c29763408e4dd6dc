import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '../identity';
import type { CertificateDto } from './certificate.dto';
import { certificateHtml } from './certificate-html';
import { CertificatesService } from './certificates.service';
import { UuidParam } from '../../common/hostile-input.middleware';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('applications/:id/certificate')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @ApiOperation({ summary: '办结后的结果文书（统一出证，作出决定时编号）' })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string): Promise<CertificateDto> {
    return this.certificates.of(user, id);
  }

  @Get('html')
  @ApiOperation({ summary: '结果文书的可打印 HTML；download=1 时作为附件下载' })
  async html(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Query('download') download: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const certificate = await this.certificates.of(user, id);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    if (download === '1') {
      const name = `${certificate.itemName}-${certificate.receiptNo}.html`;
      res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    }
    res.send(certificateHtml(certificate));
  }
}
