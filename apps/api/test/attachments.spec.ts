import { loginAs, type Session, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 2)]);
const WINDOWS_EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(64, 0)]);

/** A minimal zip with the given entry names (local headers only: enough for the sniffer). */
function zipOf(...names: string[]): Buffer {
  return Buffer.concat(
    names.map((name) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(Buffer.byteLength(name), 26);
      return Buffer.concat([header, Buffer.from(name)]);
    }),
  );
}

describe('materials as files: /api/attachments', () => {
  let server: TestApp;
  let alice: Session;
  let bob: Session;
  let window1: Session;
  let super1: Session;

  beforeAll(async () => {
    delete process.env.ATTACHMENT_MAX_BYTES;
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [alice, bob, window1, super1] = await Promise.all(
      ['alice', 'bob', 'window1', 'super1'].map((name) => loginAs(server, name)),
    );
  });
  afterAll(() => server.close());

  function upload(
    session: Session | null,
    query: Record<string, string>,
    body: Buffer,
    type = 'application/octet-stream',
  ) {
    const request = server.http.post(`/api/attachments?${new URLSearchParams(query)}`).set('content-type', type);
    if (session) request.set('authorization', `Bearer ${session.token}`);
    return request.send(body);
  }

  const draft = (session: Session, name: string, body: Buffer, material = 'P01') =>
    upload(session, { itemCode: 'construction-permit', material, name }, body);

  async function submitted(session: Session) {
    const response = await session
      .post('/api/applications', {
        itemCode: 'construction-permit',
        channel: 'online',
        materials: [{ code: 'P01' }],
        data: { area: 100 },
      })
      .expect(201);
    return response.body.id as string;
  }

  it('stores a PDF draft, links it to the submitted item and serves it back byte for byte', async () => {
    const stored = await draft(alice, '申请表.pdf', PDF).expect(201);
    expect(stored.body).toMatchObject({
      applicationId: null,
      itemCode: 'construction-permit',
      materialCode: 'P01',
      fileName: '申请表.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      uploadedBy: 'alice',
    });
    expect(
      (await alice.get('/api/attachments/drafts?itemCode=construction-permit').expect(200)).body.map(
        (d: { id: string }) => d.id,
      ),
    ).toContain(stored.body.id);

    const id = await submitted(alice);
    const linked = await alice
      .post('/api/attachments/link', { applicationId: id, attachmentIds: [stored.body.id] })
      .expect(200);
    expect(linked.body[0]).toMatchObject({ id: stored.body.id, applicationId: id });
    expect(
      (await alice.get('/api/attachments/drafts').expect(200)).body.map((d: { id: string }) => d.id),
    ).not.toContain(stored.body.id);

    const listed = await window1.get(`/api/applications/${id}/attachments`).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ id: stored.body.id, fileName: '申请表.pdf' })]);
    const file = await window1
      .get(`/api/attachments/${stored.body.id}/content`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    // A PDF opens in place to be read (预览); nosniff keeps the browser to the stored type.
    expect(file.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('申请表.pdf')}`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
  });

  it('takes PNG, JPEG and OFD, and uploads straight to a running item (supplement)', async () => {
    const id = await submitted(alice);
    const png = await upload(alice, { applicationId: id, material: 'P02', name: '土地证明.png' }, PNG).expect(201);
    expect(png.body).toMatchObject({ applicationId: id, contentType: 'image/png' });
    expect((await draft(alice, '方案.JPG', JPEG, 'P03').expect(201)).body.contentType).toBe('image/jpeg');
    const ofd = await draft(alice, '批文.ofd', zipOf('OFD.xml', 'Doc_0/Document.xml'), 'P04').expect(201);
    expect(ofd.body.contentType).toBe('application/ofd');
    // Images preview in place; a type the browser cannot show safely stays a download.
    const shown = await window1.get(`/api/attachments/${png.body.id}/content`).expect(200);
    expect(shown.headers['content-disposition']).toMatch(/^inline; /);
    const kept = await alice.get(`/api/attachments/${ofd.body.id}/content`).expect(200);
    expect(kept.headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('refuses executables by their bytes and by their name, with 400 EXECUTABLE_REJECTED', async () => {
    for (const [name, body] of [
      ['申请表.pdf', WINDOWS_EXE],
      ['scan.png', ELF],
      ['setup.exe', PDF],
      ['批文.ofd', zipOf('OFD.xml', 'run.exe')],
      ['run.pdf', Buffer.from('#!/bin/sh\nrm -rf /\n')],
    ] as const) {
      const response = await draft(alice, name, body).expect(400);
      expect(response.body).toEqual({
        error: { code: 'EXECUTABLE_REJECTED', message: expect.stringContaining('可执行文件') },
      });
    }
  });

  it('refuses unknown formats, a name that lies about the content, and an empty file', async () => {
    expect((await draft(alice, 'notes.pdf', Buffer.from('just some text')).expect(400)).body.error.code).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    expect((await draft(alice, 'archive.ofd', zipOf('readme.txt')).expect(400)).body.error.code).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    expect((await draft(alice, 'photo.pdf', PNG).expect(400)).body.error.code).toBe('FILE_EXTENSION_MISMATCH');
    expect((await draft(alice, 'empty.pdf', Buffer.alloc(0)).expect(400)).body.error.code).toBe('EMPTY_FILE');
  });

  it('takes exactly 10 MB and refuses one byte more with 413 FILE_TOO_LARGE', async () => {
    const limit = 10 * 1024 * 1024;
    const atLimit = Buffer.concat([PDF, Buffer.alloc(limit - PDF.length, 0x20)]);
    await draft(alice, 'big.pdf', atLimit).expect(201);
    const over = await draft(alice, 'big.pdf', Buffer.concat([atLimit, Buffer.from(' ')])).expect(413);
    expect(over.body).toEqual({
      error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('10 MB'), details: { maxBytes: limit } },
    });
  });

  it('checks the request: raw bytes only, a known material, exactly one target', async () => {
    expect(
      (
        await upload(
          alice,
          { itemCode: 'construction-permit', material: 'P01', name: 'a.pdf' },
          PDF,
          'application/json',
        ).expect(415)
      ).body.error.code,
    ).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await draft(alice, 'a.pdf', PDF, 'X99').expect(400)).body.error.code).toBe('UNKNOWN_MATERIAL');
    expect((await upload(alice, { material: 'P01', name: 'a.pdf' }, PDF).expect(400)).body.error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      (await upload(alice, { itemCode: 'nope', material: 'P01', name: 'a.pdf' }, PDF).expect(400)).body.error.code,
    ).toBe('UNKNOWN_ITEM');
    await upload(null, { itemCode: 'construction-permit', material: 'P01', name: 'a.pdf' }, PDF).expect(401);
    await upload(super1, { itemCode: 'construction-permit', material: 'P01', name: 'a.pdf' }, PDF).expect(403);
  });

  it("keeps each applicant's files to themselves (404) and drafts deletable until linked", async () => {
    const mine = await draft(alice, '申请表.pdf', PDF).expect(201);
    const id = await submitted(alice);
    await bob.get(`/api/attachments/${mine.body.id}/content`).expect(404);
    await bob.delete(`/api/attachments/${mine.body.id}`).expect(404);
    expect((await bob.get(`/api/applications/${id}/attachments`).expect(404)).body.error.code).toBe(
      'APPLICATION_NOT_FOUND',
    );
    await upload(bob, { applicationId: id, material: 'P02', name: 'x.pdf' }, PDF).expect(404);
    const bobs = await submitted(bob);
    expect(
      (await bob.post('/api/attachments/link', { applicationId: bobs, attachmentIds: [mine.body.id] }).expect(400)).body
        .error.code,
    ).toBe('ATTACHMENT_NOT_LINKABLE');

    const spare = await draft(alice, '多余.pdf', PDF).expect(201);
    await alice.delete(`/api/attachments/${spare.body.id}`).expect(204);
    await alice.get(`/api/attachments/${spare.body.id}/content`).expect(404);
    await alice.post('/api/attachments/link', { applicationId: id, attachmentIds: [mine.body.id] }).expect(200);
    expect((await alice.delete(`/api/attachments/${mine.body.id}`).expect(409)).body.error.code).toBe(
      'ATTACHMENT_LINKED',
    );
  });

  it('refuses uploads to a finished item (409)', async () => {
    const id = await submitted(alice);
    await alice.post(`/api/applications/${id}/withdraw`, {}).expect(200);
    const response = await upload(alice, { applicationId: id, material: 'P02', name: 'late.pdf' }, PDF).expect(409);
    expect(response.body.error.code).toBe('APPLICATION_FINISHED');
  });
});
