/** An ISO 8601 instant, e.g. `2026-09-24T02:00:00.000Z`. */
export type Instant = string;
