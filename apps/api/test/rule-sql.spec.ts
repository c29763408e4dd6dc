import { itemStatusSchema } from '@tongban/api-contract';
import { cardOfLapse, isFinal } from '@tongban/flow-engine';
import { Client } from 'pg';
import { finalStatuses, isOpenSql } from '../src/common/database/item-status-sql';
import { lapseCardParams, lapseCardSql } from '../src/modules/supervision/lapse-card-sql';

const LEDGER_KINDS = [
  'tacit-approval',
  'overdue-step',
  'overdue-item',
  'statutory-overdue',
  'second-notice',
  'refusal-without-reason',
  'deemed-accepted',
  'officer-withdrawal',
  'complaint',
  'complaint-overdue',
  'unknown-kind',
];

/** The SQL that filters by a lib rule answers what the rule's function answers, for every value it can meet. */
describe('rules in SQL agree with their lib functions', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  it('an open status: isOpenSql, given the lib list, is the negation of isFinal', async () => {
    const statuses = [...itemStatusSchema.options, 'unknown-status'];
    const { rows } = await db.query<{ status: string; open: boolean }>(
      `SELECT s AS status, ${isOpenSql('s', 2)} AS open FROM unnest($1::text[]) s`,
      [statuses, finalStatuses()],
    );
    expect(rows).toEqual(statuses.map((status) => ({ status, open: !isFinal(status) })));
  });

  it('the card a ledger kind issues: lapseCardSql, given the lib lists, is cardOfLapse', async () => {
    const { rows } = await db.query<{ kind: string; card: string | null }>(
      `SELECT k AS kind, ${lapseCardSql('k', 2, 3)} AS card FROM unnest($1::text[]) k`,
      [LEDGER_KINDS, ...lapseCardParams()],
    );
    expect(rows).toEqual(LEDGER_KINDS.map((kind) => ({ kind, card: cardOfLapse(kind) })));
  });
});
