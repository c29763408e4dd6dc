import { ApiException } from '../../common/api-exception';

export const centerOutOfScope = (centerId: string) =>
  new ApiException(403, 'CENTER_OUT_OF_SCOPE', `中心 ${centerId} 不在您的管辖范围内（本中心及下级中心）`);
export const centerNotFound = (centerId: string) =>
  new ApiException(404, 'CENTER_NOT_FOUND', `中心 ${centerId} 不存在或不在本中心管辖范围内`);
export const userNotFound = (username: string) =>
  new ApiException(404, 'USER_NOT_FOUND', `用户 ${username} 不存在或不在本中心管辖范围内`);
export const departmentNotFound = (centerId: string, code: string) =>
  new ApiException(404, 'DEPARTMENT_NOT_FOUND', `中心 ${centerId} 没有部门 ${code}`);
export const usernameTaken = (username: string) =>
  new ApiException(409, 'USERNAME_TAKEN', `用户名 ${username} 已被使用`);
export const cannotDisableSelf = () => new ApiException(409, 'CANNOT_DISABLE_SELF', '不能停用自己的账号');
export const centerExists = (centerId: string) => new ApiException(409, 'CENTER_EXISTS', `中心编码 ${centerId} 已存在`);
export const invalidCenterLevel = (expected: string | null) =>
  new ApiException(
    400,
    'INVALID_CENTER_LEVEL',
    expected ? `下级中心的级别应为 ${expected}` : '县级中心之下不能再设中心',
    { expected },
  );
export const departmentExists = (code: string) =>
  new ApiException(409, 'DEPARTMENT_EXISTS', `本中心已有部门编码 ${code}`);
export const invalidPair = (message: string) => new ApiException(400, 'INVALID_PAIR', message);
export const alreadyPaired = (username: string) =>
  new ApiException(409, 'ALREADY_PAIRED', `${username} 已在一个AB岗中`, { username });
export const pairNotFound = (a: string) => new ApiException(404, 'PAIR_NOT_FOUND', `${a} 没有AB岗搭档`);
