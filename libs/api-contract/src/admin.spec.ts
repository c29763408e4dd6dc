import { adminAuditQuerySchema, auditSnapshot, auditWindow } from './admin';

describe('auditSnapshot: what the admin audit log keeps of a state', () => {
  it('drops passwords, hashes and token versions at any depth and keeps the rest', () => {
    expect(
      auditSnapshot({
        username: 'window3',
        passwordHash: 'scrypt$abc',
        password: 'secret-1',
        tokenVersion: 2,
        roles: ['officer'],
        nested: { password_hash: 'x', name: '张三' },
        list: [{ apiToken: 't', id: 1 }],
      }),
    ).toEqual({ username: 'window3', roles: ['officer'], nested: { name: '张三' }, list: [{ id: 1 }] });
  });

  it('writes instants as ISO text and none as null', () => {
    expect(auditSnapshot({ at: new Date('2026-10-08T01:00:00Z'), gone: undefined })).toEqual({
      at: '2026-10-08T01:00:00.000Z',
    });
    expect(auditSnapshot(undefined)).toBeNull();
    expect(auditSnapshot(null)).toBeNull();
    expect(auditSnapshot('text')).toBe('text');
  });
});

describe('auditWindow: the instants an audit query covers', () => {
  it('takes days as whole Shanghai days, `to` inclusive', () => {
    expect(auditWindow('2026-10-08', '2026-10-08')).toEqual({
      from: new Date('2026-10-07T16:00:00.000Z'),
      to: new Date('2026-10-08T16:00:00.000Z'),
    });
  });

  it('takes instants as they are and leaves absent bounds open', () => {
    expect(auditWindow('2026-10-08T09:30:00+08:00')).toEqual({ from: new Date('2026-10-08T01:30:00.000Z'), to: null });
    expect(auditWindow(undefined, '2026-10-09T00:00:00Z')).toEqual({
      from: null,
      to: new Date('2026-10-09T00:00:00.000Z'),
    });
  });

  it('the query refuses anything else as a bound and defaults to the first page of 50', () => {
    expect(adminAuditQuerySchema.safeParse({ from: '2026-02-30' }).success).toBe(false);
    expect(adminAuditQuerySchema.safeParse({ to: 'yesterday' }).success).toBe(false);
    expect(adminAuditQuerySchema.parse({})).toEqual({ page: 1, pageSize: 50 });
  });
});
