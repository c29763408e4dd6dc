import { EngineError } from '@tongban/flow-engine';
import { ApiException } from '../../common/api-exception';

/** The engine's refusals become the contract's 400/409 errors; anything else is a server fault. */
export function toApiException(error: unknown): unknown {
  if (error instanceof EngineError) return new ApiException(error.status, error.code, error.message, error.details);
  return error;
}
