import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/** The OpenAPI 3.0 form of a zod input schema, so /api/docs documents what the server actually parses. */
export function openApiSchema(schema: z.ZodType): SchemaObject {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as SchemaObject;
}
