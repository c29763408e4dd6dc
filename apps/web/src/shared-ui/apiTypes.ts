/**
 * TRANSITIONAL: the API's shapes live once in `@tongban/api-contract` (zod schemas the server's specs parse its
 * answers with). Import from there; this file goes when the last import of it is rewritten.
 */
export type {
  ApplicationSummary,
  ApplicationView,
  Attachment,
  CatalogItem,
  Certificate,
  Complaint,
  Department,
  OpenTask,
  Opinion,
  Procedure,
  Rating,
  StepClock,
  TaskDto,
} from '@tongban/api-contract';
