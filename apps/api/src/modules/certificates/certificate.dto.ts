import type { Certificate } from '@tongban/api-contract';

/** The 决定书 as the contract names it. */
export type CertificateDto = Certificate;
