import { z } from 'zod';

/**
 * Response objects are strict: the server's answers are parsed with these schemas in the API specs, so a field the
 * server sends and the contract does not name fails a test instead of drifting silently.
 */
export const obj = z.strictObject;

/** An instant as the API writes it (ISO 8601 with a zone, `Date#toJSON`). */
export const instant = z.iso.datetime({ offset: true });
/** A calendar day in the center's time zone (`2026-10-08`). */
export const isoDate = z.iso.date();

/** 电子监察 cards (one rule for the item view, the workbench and the dashboard). */
export const cardSchema = z.enum(['normal', 'warning', 'yellow', 'red']);
export type Card = z.infer<typeof cardSchema>;

/** A deadline's warning level (remaining working days). */
export const warningSchema = z.enum(['green', 'yellow', 'red']);
export type Warning = z.infer<typeof warningSchema>;

export const itemStatusSchema = z.enum([
  'submitted',
  'awaiting-supplement',
  'in-review',
  'approved',
  'rejected',
  'withdrawn',
]);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const decisionSchema = z.enum(['approve', 'reject', 'return']);
export type Decision = z.infer<typeof decisionSchema>;

/** The contract's error answer for every 4xx/5xx. */
export const apiErrorSchema = obj({
  error: obj({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
