import { badRequest, conflict, notFound } from '../../common/api-exception';

export const invalidSlot = (reason: string, details?: unknown) => badRequest('INVALID_SLOT', reason, details);
export const slotFull = () => conflict('SLOT_FULL', '该时段已约满，请选择其他时段');
export const doubleBooking = (reason: string) => conflict('DOUBLE_BOOKING', reason);
export const appointmentNotFound = () => notFound('APPOINTMENT_NOT_FOUND', '预约不存在');
export const alreadyCancelled = () => conflict('APPOINTMENT_CANCELLED', '该预约已取消');
export const cancelTooLate = () => conflict('CANCEL_TOO_LATE', '距办理时间不足 2 小时，已不能取消预约');
export const unknownItem = (code: string) => badRequest('UNKNOWN_ITEM', `事项 ${code} 不存在`);
