export { completeTaskInputSchema, taskListQuerySchema } from '@tongban/api-contract';
