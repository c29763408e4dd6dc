import { loginAs, type Session } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

// People instead of accounts: the workbench and the portal name who acted, and the notice gives the officer's phone.
describe('people names and staff phones', () => {
  let server: TestApp;
  let window1: Session;
  let alice: Session;
  beforeAll(async () => {
    server = await startTestApp();
    [window1, alice] = await Promise.all(['window1', 'alice'].map((name) => loginAs(server, name)));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('names staff and applicants of the center for staff, with the office phone of staff only', async () => {
    const names = await window1.get('/api/users/names?usernames=alice,planning1b,window1,nobody,alice').expect(200);
    expect(names.body).toEqual(
      expect.arrayContaining([
        { username: 'alice', name: '王爱丽', phone: null },
        { username: 'planning1b', name: '规划审查员（B岗）', phone: '0755-23610202' },
        { username: 'window1', name: '窗口人员', phone: '0755-23610101' },
      ]),
    );
    expect(names.body).toHaveLength(3);
  });

  it('lets an applicant name staff and itself but no other applicant', async () => {
    const names = await alice.get('/api/users/names?usernames=window1,alice,bob').expect(200);
    expect(names.body.map((p: { username: string }) => p.username).sort()).toEqual(['alice', 'window1']);
  });

  it('keeps to the caller center and refuses bad input with the contract error shape', async () => {
    const county = await loginAs(server, 'county-admin');
    expect((await county.get('/api/users/names?usernames=window1').expect(200)).body).toEqual([]);
    expect((await window1.get('/api/users/names').expect(400)).body.error.code).toEqual(expect.any(String));
    const many = Array.from({ length: 201 }, (_, i) => `u${i}`).join(',');
    expect((await window1.get(`/api/users/names?usernames=${many}`).expect(400)).body.error.message).toContain('200');
    await server.http.get('/api/users/names?usernames=window1').expect(401);
  });

  it('gives staff their office phone in the users list', async () => {
    const heads = await window1.get('/api/users?role=head&department=planning').expect(200);
    expect(heads.body).toEqual([
      {
        username: 'planninghead',
        name: '规划局负责人',
        roles: ['head'],
        department: 'planning',
        phone: '0755-23610200',
      },
    ]);
  });
});
