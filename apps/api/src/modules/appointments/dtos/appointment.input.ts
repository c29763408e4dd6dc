export {
  appointmentListQuerySchema as listQuerySchema,
  type BookInput,
  bookInputSchema,
  slotsQuerySchema,
} from '@tongban/api-contract';
