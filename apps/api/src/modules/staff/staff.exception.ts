import { ApiException } from '../../common/api-exception';

export enum StaffExceptionCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  ABSENCE_NOT_FOUND = 'ABSENCE_NOT_FOUND',
  ABSENCE_OVERLAPS_PARTNER = 'ABSENCE_OVERLAPS_PARTNER',
}

export class StaffException extends ApiException {
  constructor(status: number, code: StaffExceptionCode, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}

export const userNotFound = (username: string) =>
  new StaffException(404, StaffExceptionCode.USER_NOT_FOUND, `本中心没有用户 ${username}`);

export const absenceNotFound = () => new StaffException(404, StaffExceptionCode.ABSENCE_NOT_FOUND, '请假记录不存在');

export const absenceOverlapsPartner = (partner: string, from: Date, to: Date) =>
  new StaffException(
    409,
    StaffExceptionCode.ABSENCE_OVERLAPS_PARTNER,
    `AB岗不得同时缺岗：${partner} 在 ${from.toISOString()} 至 ${to.toISOString()} 已请假`,
    { partner, from: from.toISOString(), to: to.toISOString() },
  );
