import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UuidParam } from '../../common/hostile-input.middleware';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser } from '../identity';
import { AttachmentsService } from './attachments.service';
import type { AttachmentDto } from './dtos/attachment.dto';
import { draftsQuerySchema, linkInputSchema, uploadQuerySchema } from './dtos/attachment.input';
import { contentDisposition, maxUploadBytes } from './file-policy';
import { readRawBody } from './raw-body';

@ApiTags('attachments')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('attachments')
  @ApiConsumes('application/octet-stream')
  @ApiOperation({ summary: '上传一份材料（原始字节；PDF/JPG/PNG/OFD，单个文件上限 10 MB）' })
  async upload(@CurrentUser() user: AuthUser, @Query() query: unknown, @Req() req: Request): Promise<AttachmentDto> {
    const input = parseInput(uploadQuerySchema, query);
    const target = await this.attachments.target(user, input);
    return this.attachments.store(user, target, input, await readRawBody(req, maxUploadBytes()));
  }

  @Post('attachments/link')
  @HttpCode(200)
  @ApiOperation({ summary: '把草稿文件随办件提交' })
  link(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<AttachmentDto[]> {
    const input = parseInput(linkInputSchema, body);
    return this.attachments.link(user, input.applicationId, input.attachmentIds);
  }

  @Get('attachments/drafts')
  drafts(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<AttachmentDto[]> {
    return this.attachments.drafts(user, parseInput(draftsQuerySchema, query));
  }

  @Get('attachments/:id/content')
  @ApiOperation({ summary: '下载文件' })
  async content(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.content(user, id);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-length', String(file.size));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-disposition', contentDisposition(file.contentType, file.fileName));
    res.end(file.content);
  }

  @Delete('attachments/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string): Promise<void> {
    return this.attachments.removeDraft(user, id);
  }

  @Get('applications/:id/attachments')
  ofApplication(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string): Promise<AttachmentDto[]> {
    return this.attachments.ofApplication(user, id);
  }
}
