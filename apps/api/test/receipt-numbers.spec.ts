import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../src/modules/identity';
import { ApplicationsService } from '../src/modules/runtime/applications/applications.service';
import { authUsers, PARALLEL_REVIEW_ITEM } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * A receipt number is the date and 8 hex digits of the item's id, short enough to read out at a window, so two
 * items of one day can draw the same one (a busy bench day of 30,000 items did). The later submit must get a
 * number of its own instead of failing.
 */

describe('receipt numbers', () => {
  let server: TestApp;
  let alice: AuthUser;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual' });
    ({ alice } = await authUsers(server.app.get(DataSource), ['alice']));
  });
  afterAll(() => server.close());
  afterEach(() => jest.restoreAllMocks());

  it('gives a submit whose receipt number is taken a number of its own', async () => {
    const applications = server.app.get(ApplicationsService);
    const first = await applications.submit(alice, { ...PARALLEL_REVIEW_ITEM });

    // The next id drawn shares the first item's 8 leading digits, so its receipt number would be the same.
    const draw = crypto.randomUUID;
    jest
      .spyOn(crypto, 'randomUUID')
      .mockImplementationOnce(() => `${first.id.slice(0, 8)}${draw().slice(8)}` as ReturnType<typeof draw>);
    const second = await applications.submit(alice, { ...PARALLEL_REVIEW_ITEM });

    expect(second.id.slice(0, 8)).not.toBe(first.id.slice(0, 8));
    expect(second.receiptNo).not.toBe(first.receiptNo);
    const rows: { receipt_no: string }[] = await server.app
      .get(DataSource)
      .query(`SELECT receipt_no FROM application WHERE id = ANY($1)`, [[first.id, second.id]]);
    expect(rows.map((row) => row.receipt_no).sort()).toEqual([first.receiptNo, second.receiptNo].sort());
    expect((await applications.view(alice, second.id)).receiptNo).toBe(second.receiptNo);
  });
});
