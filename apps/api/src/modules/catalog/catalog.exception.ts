import { ApiException } from '../../common/api-exception';

export enum CatalogExceptionCode {
  CATALOG_ITEM_NOT_FOUND = 'CATALOG_ITEM_NOT_FOUND',
  CATALOG_ITEM_EXISTS = 'CATALOG_ITEM_EXISTS',
  FLOW_NOT_PUBLISHED = 'FLOW_NOT_PUBLISHED',
  PROMISE_EXCEEDS_STATUTORY = 'PROMISE_EXCEEDS_STATUTORY',
  MATERIALS_MISMATCH = 'MATERIALS_MISMATCH',
  CODE_MISMATCH = 'CODE_MISMATCH',
  NOT_YOUR_CENTER = 'NOT_YOUR_CENTER',
}

export class CatalogException extends ApiException {
  constructor(status: number, code: CatalogExceptionCode, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}

export const catalogItemNotFound = (code: string) =>
  new CatalogException(404, CatalogExceptionCode.CATALOG_ITEM_NOT_FOUND, `事项 ${code} 不存在`);

export const catalogItemExists = (code: string) =>
  new CatalogException(409, CatalogExceptionCode.CATALOG_ITEM_EXISTS, `事项编码 ${code} 已存在`);

export const flowNotPublished = (flowKey: string) =>
  new CatalogException(400, CatalogExceptionCode.FLOW_NOT_PUBLISHED, `流程 ${flowKey} 不存在或尚未发布`, { flowKey });

export const promiseExceedsStatutory = (promisedDays: number, statutoryDays: number) =>
  new CatalogException(
    400,
    CatalogExceptionCode.PROMISE_EXCEEDS_STATUTORY,
    `承诺时限（${promisedDays} 个工作日）不得超过法定时限（${statutoryDays} 个工作日）`,
    { promisedDays, statutoryDays },
  );

export const materialsMismatch = (flowKey: string, notInFlow: string[]) =>
  new CatalogException(
    400,
    CatalogExceptionCode.MATERIALS_MISMATCH,
    `流程 ${flowKey} 的受理环节没有这些材料：${notInFlow.join('、')}`,
    { flowKey, notInFlow },
  );

export const codeMismatch = (path: string, body: string) =>
  new CatalogException(400, CatalogExceptionCode.CODE_MISMATCH, `请求体的 code（${body}）与路径（${path}）不一致`);

export const notYourCenter = (code: string) =>
  new CatalogException(403, CatalogExceptionCode.NOT_YOUR_CENTER, `事项 ${code} 属于其他政务服务中心`);
