import { lookupStatement } from './lookup-statement';

describe('lookupStatement', () => {
  it('runs the single lookup once per argument list, each list unnested from one array per parameter', () => {
    const { sql, ordinal } = lookupStatement('SELECT id FROM task WHERE id = $1 AND owner = $2 OR $10 IS NULL', [
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'timestamptz',
    ]);
    expect(sql).toContain('unnest($1::text[], $2::text[]');
    expect(sql).toContain('$10::timestamptz[]) WITH ORDINALITY');
    expect(sql).toContain('WHERE id = r.p1 AND owner = r.p2 OR r.p10 IS NULL');
    expect(sql).toContain(`r.${ordinal} AS "${ordinal}"`);
    expect(sql).toContain('CROSS JOIN LATERAL');
  });

  it('refuses a statement that uses more parameters than it names types for', () => {
    expect(() => lookupStatement('SELECT 1 WHERE $1 = $2', ['text'])).toThrow('uses $2 but has 1 types');
  });
});
