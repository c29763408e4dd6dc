export { type CenterSettingsInput, centerSettingsInputSchema } from '@tongban/api-contract';
