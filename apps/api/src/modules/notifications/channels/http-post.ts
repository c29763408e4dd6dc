/** POSTs JSON and returns the parsed answer; a non-2xx answer or an unreachable server throws. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/** DingTalk and WeCom robots answer 200 with `errcode` ≠ 0 when they refuse a message. */
export function robotAccepted(answer: unknown): void {
  const code = answer && typeof answer === 'object' ? (answer as { errcode?: unknown }).errcode : undefined;
  if (code !== undefined && code !== 0) {
    throw new Error(`机器人拒收：${JSON.stringify(answer).slice(0, 200)}`);
  }
}
