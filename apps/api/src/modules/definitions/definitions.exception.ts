import type { FlowError } from '@tongban/flow-model';
import { ApiException } from '../../common/api-exception';

export enum DefinitionsExceptionCode {
  FLOW_SCHEMA_INVALID = 'FLOW_SCHEMA_INVALID',
  FLOW_INVALID = 'FLOW_INVALID',
  DEFINITION_NOT_FOUND = 'DEFINITION_NOT_FOUND',
  DEFINITION_VERSION_NOT_FOUND = 'DEFINITION_VERSION_NOT_FOUND',
  DRAFT_SUPERSEDED = 'DRAFT_SUPERSEDED',
  VERSION_RETIRED = 'VERSION_RETIRED',
  DEFINITION_NOT_EDITABLE = 'DEFINITION_NOT_EDITABLE',
  DEFINITION_KEY_TAKEN = 'DEFINITION_KEY_TAKEN',
}

export class DefinitionsException extends ApiException {
  constructor(status: number, code: DefinitionsExceptionCode, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}

/** Not even a draft: the JSON does not have the shape of flow-format.md. */
export const flowSchemaInvalid = (errors: FlowError[]) =>
  new DefinitionsException(
    400,
    DefinitionsExceptionCode.FLOW_SCHEMA_INVALID,
    `流程定义格式不正确：${errors.map((e) => e.message).join('；')}`,
    errors,
  );

/** Publishing a definition that fails validateFlow; `details` lists `{ nodeId?, edgeId?, code, message }`. */
export const flowInvalid = (key: string, version: number, errors: FlowError[]) =>
  new DefinitionsException(
    422,
    DefinitionsExceptionCode.FLOW_INVALID,
    `流程 ${key} 第 ${version} 版未通过校验（${errors.length} 处问题），不能发布`,
    errors,
  );

export const definitionNotFound = (key: string) =>
  new DefinitionsException(404, DefinitionsExceptionCode.DEFINITION_NOT_FOUND, `流程 ${key} 不存在或不属于本中心`);

/** A parent center's (or the system's) flow: the caller's center may use its published versions, never change it. */
export const definitionNotEditable = (key: string, owner: string | null) =>
  new DefinitionsException(
    403,
    DefinitionsExceptionCode.DEFINITION_NOT_EDITABLE,
    owner
      ? `流程 ${key} 属于上级中心（${owner}），本中心只能使用，不能修改、发布或恢复`
      : `流程 ${key} 是系统内置流程，只有最上级中心可以修改、发布或恢复`,
    { key, centerId: owner },
  );

/** Flow keys name one flow across the deployment; another center's key cannot be reused. */
export const definitionKeyTaken = (key: string) =>
  new DefinitionsException(
    409,
    DefinitionsExceptionCode.DEFINITION_KEY_TAKEN,
    `流程编码 ${key} 已被其他政务服务中心使用，请换一个编码`,
    { key },
  );

export const versionNotFound = (key: string, version: number) =>
  new DefinitionsException(
    404,
    DefinitionsExceptionCode.DEFINITION_VERSION_NOT_FOUND,
    `流程 ${key} 没有第 ${version} 版`,
  );

export const draftSuperseded = (key: string, version: number, published: number) =>
  new DefinitionsException(
    409,
    DefinitionsExceptionCode.DRAFT_SUPERSEDED,
    `流程 ${key} 第 ${version} 版草稿早于已发布的第 ${published} 版；请另存为新草稿再发布`,
    { version, publishedVersion: published },
  );

export const versionRetired = (key: string, version: number) =>
  new DefinitionsException(409, DefinitionsExceptionCode.VERSION_RETIRED, `流程 ${key} 第 ${version} 版已停用`);
