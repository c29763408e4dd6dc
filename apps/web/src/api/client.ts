/** The contract's error shape, raised for every non-2xx answer; status 0 is a request that never got an answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请检查网络后重试';

const TOKEN_KEY = 'tongban.token';

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as `Idempotency-Key`, so that a retried command is applied once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** Sends a request with the session's token; a request that gets no answer becomes ApiError(0, 'NETWORK'). */
async function send(path: string, options: RequestOptions, accept: string, body?: BodyInit, contentType?: string) {
  const headers: Record<string, string> = { accept, ...options.headers };
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (contentType) headers['content-type'] = contentType;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: options.signal,
    });
  } catch (caught) {
    if (options.signal?.aborted) throw caught;
    throw new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    const error = (safeJson(text) as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_ERROR', error?.message ?? `请求失败（${response.status}）`, error?.details);
  }
  return response;
}

/** JSON in, JSON out, with the session's token; errors become ApiError with the server's Chinese message. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const json = options.body === undefined ? undefined : JSON.stringify(options.body);
  const response = await send(path, options, 'application/json', json, json === undefined ? undefined : 'application/json');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? safeJson(text) : undefined) as T;
}

/** A file's bytes (materials, exports), with the same token and errors as `api`. */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await send(path, options, '*/*')).blob();
}

/** Sends a file as the request body (uploads) and reads the JSON answer. */
export async function apiUpload<T>(path: string, file: Blob, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, { method: 'POST', ...options }, 'application/json', file, 'application/octet-stream');
  return (await response.json()) as T;
}

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context; a LAN address over http is not one). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' && window.isSecureContext) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
