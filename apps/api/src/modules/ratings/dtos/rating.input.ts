import { z } from 'zod';

export const rateInputSchema = z.object({
  applicationId: z.string().uuid('应为办件编号（UUID）'),
  score: z.number().int().min(1, '评分为 1–5').max(5, '评分为 1–5'),
  tags: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  comment: z.string().trim().max(500).default(''),
});

export const answerInputSchema = z.object({ note: z.string().trim().min(1, '答复必须写明整改情况').max(2000) });

export const settingsInputSchema = z.object({ complaintDays: z.number().int().min(1).max(60) });

export type RateInput = z.infer<typeof rateInputSchema>;
