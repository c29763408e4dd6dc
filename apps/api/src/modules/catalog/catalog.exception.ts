import { ApiException } from '../../common/api-exception';

export enum CatalogExceptionCode {
  CATALOG_ITEM_NOT_FOUND = 'CATALOG_ITEM_NOT_FOUND',
  CATALOG_ITEM_EXISTS = 'CATALOG_ITEM_EXISTS',
  FLOW_NOT_PUBLISHED = 'FLOW_NOT_PUBLISHED',
  PROMISE_EXCEEDS_STATUTORY = 'PROMISE_EXCEEDS_STATUTORY',
  MATERIALS_MISMATCH = 'MATERIALS_MISMATCH',
  CODE_MISMATCH = 'CODE_MISMATCH',
  NOT_YOUR_CENTER = 'NOT_YOUR_CENTER',
  CATALOG_ITEM_RETIRED = 'CATALOG_ITEM_RETIRED',
}

export class CatalogException extends ApiException {
  constructor(status: number, code: CatalogExceptionCode, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}

export const catalogItemExists = (code: string) =>
  new CatalogException(409, CatalogExceptionCode.CATALOG_ITEM_EXISTS, `本中心已有事项编码 ${code}`);

/** Also for a flow the item's center may not use (a sibling's): it is not there for that center. */
export const flowNotPublished = (flowKey: string) =>
  new CatalogException(
    400,
    CatalogExceptionCode.FLOW_NOT_PUBLISHED,
    `流程 ${flowKey} 不存在、尚未发布或不属于本中心及其上级中心`,
    { flowKey },
  );

export const catalogItemRetired = (code: string) =>
  new CatalogException(409, CatalogExceptionCode.CATALOG_ITEM_RETIRED, `事项 ${code} 已停用，不能再修改`);

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

/** A parent's item, seen by a child center's administrator: it may read it, not change it. */
export const notYourCenter = (code: string) =>
  new CatalogException(
    403,
    CatalogExceptionCode.NOT_YOUR_CENTER,
    `事项 ${code} 属于上级或其他政务服务中心，本中心不能修改`,
  );
