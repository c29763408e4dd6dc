// Counts the SQL statements the API sends and the time spent waiting for them, by wrapping pg's
// Client.prototype.query (the one TypeORM's pool uses). Product code is not touched.
import { apiRequire } from './env.mjs';

const pg = apiRequire('pg');

const meter = { enabled: false, count: 0, ms: 0, byKind: new Map() };
let installed = false;

function kindOf(text) {
  if (typeof text !== 'string') text = text?.text ?? '';
  const words = text.trim().split(/\s+/, 3);
  const verb = (words[0] ?? '').toUpperCase();
  if (verb === 'SELECT') {
    const from = /\bFROM\s+([a-z_]+)/i.exec(text)?.[1] ?? '(no table)';
    return `SELECT ${from}${/FOR UPDATE/i.test(text) ? ' FOR UPDATE' : ''}`;
  }
  if (verb === 'INSERT') return `INSERT ${words[2] ?? ''}`;
  if (verb === 'UPDATE') return `UPDATE ${words[1] ?? ''}`;
  return verb;
}

export function installQueryMeter() {
  if (installed) return meter;
  installed = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function meteredQuery(config, values, callback) {
    if (!meter.enabled) return original.call(this, config, values, callback);
    const started = performance.now();
    const kind = kindOf(config);
    // pg's Pool.query (the API's prepared statements) passes a callback instead of awaiting a promise.
    const cb = typeof values === 'function' ? values : callback;
    if (typeof cb === 'function') {
      const wrapped = (...args) => {
        done();
        return cb(...args);
      };
      return typeof values === 'function'
        ? original.call(this, config, wrapped)
        : original.call(this, config, values, wrapped);
    }
    const result = original.call(this, config, values, callback);
    if (!result || typeof result.then !== 'function') return result;
    result.then(done, done);
    return result;

    function done() {
      const ms = performance.now() - started;
      meter.count++;
      meter.ms += ms;
      const entry = meter.byKind.get(kind) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += ms;
      meter.byKind.set(kind, entry);
    }
  };
  return meter;
}

export function resetMeter() {
  meter.count = 0;
  meter.ms = 0;
  meter.byKind = new Map();
}

export function startMetering() {
  resetMeter();
  meter.enabled = true;
}

export function stopMetering() {
  meter.enabled = false;
  return {
    count: meter.count,
    ms: meter.ms,
    byKind: [...meter.byKind.entries()]
      .map(([kind, v]) => ({ kind, count: v.count, ms: v.ms }))
      .sort((a, b) => b.count - a.count),
  };
}
