import { conflict, forbidden, notFound } from '../../common/api-exception';

export const notCompleted = () => conflict('NOT_COMPLETED', '办件办结后才能评价');
export const alreadyRated = () => conflict('ALREADY_RATED', '每件办件只能评价一次，您已评价过');
export const notTheApplicant = () => forbidden('只有申请人本人可以评价');
export const complaintNotFound = () => notFound('COMPLAINT_NOT_FOUND', '投诉不存在');
export const complaintAnswered = () => conflict('COMPLAINT_ANSWERED', '该投诉已答复');
