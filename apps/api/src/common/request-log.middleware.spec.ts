import { ConsoleLogger } from '@nestjs/common';
import { jsonLineSink, type RequestLogEntry } from './request-log.middleware';

const entry = (status: number): RequestLogEntry => ({
  requestId: 'r-1',
  method: 'POST',
  path: '/api/applications',
  status,
  ms: 3.25,
  user: 'alice',
});

/** What a stream was given during `run`, one parsed JSON object per line. */
function captured(stream: NodeJS.WriteStream, run: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const spy = jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return lines
    .join('')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('jsonLineSink', () => {
  it('writes the line ConsoleLogger writes in json mode, one per request', () => {
    const logger = new ConsoleLogger({ json: true, colors: false });
    const [nest] = captured(process.stdout, () => logger.log(entry(201), 'HTTP'));
    const [ours] = captured(process.stdout, () => jsonLineSink()(entry(201)));
    expect(Object.keys(ours)).toEqual(Object.keys(nest));
    expect({ ...ours, timestamp: 0 }).toEqual({ ...nest, timestamp: 0 });
    expect(ours).toMatchObject({ level: 'log', context: 'HTTP', message: entry(201) });
  });

  it('writes a server error to stderr at level error, as ConsoleLogger does', () => {
    const logger = new ConsoleLogger({ json: true, colors: false });
    const [nest] = captured(process.stderr, () => logger.error(entry(500), undefined, 'HTTP'));
    let ours: Record<string, unknown> = {};
    const out = captured(process.stdout, () => ([ours] = captured(process.stderr, () => jsonLineSink()(entry(500)))));
    expect(out).toEqual([]);
    expect({ ...ours, timestamp: 0 }).toEqual({ ...nest, timestamp: 0 });
    expect(ours.level).toBe('error');
  });
});
