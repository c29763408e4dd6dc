export { type LoginInput, loginInputSchema } from '@tongban/api-contract';
