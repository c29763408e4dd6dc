import { ApiException, badRequest, conflict, notFound } from '../../common/api-exception';

export const executableRejected = (what: string) =>
  badRequest('EXECUTABLE_REJECTED', `不接受可执行文件（检测到：${what}）。请上传 PDF、JPG、PNG 或 OFD 格式的材料`);

export const unsupportedFileType = () =>
  badRequest('UNSUPPORTED_FILE_TYPE', '无法识别的文件格式。请上传 PDF、JPG、PNG 或 OFD 格式的材料');

export const extensionMismatch = (extension: string, actual: string) =>
  badRequest(
    'FILE_EXTENSION_MISMATCH',
    `文件扩展名（.${extension || '无'}）与文件内容（${actual.toUpperCase()}）不符，请核对后重新上传`,
  );

export const unknownMaterial = (itemCode: string, material: string) =>
  badRequest('UNKNOWN_MATERIAL', `事项 ${itemCode} 没有编码为 ${material} 的材料`);

export const tooManyFiles = (limit: number) =>
  conflict('TOO_MANY_ATTACHMENTS', `上传的文件已达 ${limit} 个，请先删除不需要的文件`);

export const attachmentNotFound = () => notFound('ATTACHMENT_NOT_FOUND', '文件不存在');

export const applicationFinished = () => conflict('APPLICATION_FINISHED', '办件已办结，不能再上传材料');

export const attachmentLinked = () => conflict('ATTACHMENT_LINKED', '该文件已随办件提交，不能删除');

export const notAnUploader = () => new ApiException(403, 'FORBIDDEN', '只有申请人或窗口人员可以上传材料');
