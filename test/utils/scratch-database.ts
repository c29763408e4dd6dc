import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- one migrated template for the API's suites and these
import { createTestDatabase } from '../../apps/api/test/utils/test-database';

/** A fresh database on the test server for one suite (a copy of the migrated template), and a client on it. */
export async function scratchDatabase(prefix: string) {
  const database = await createTestDatabase(prefix);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  return {
    url: database.url,
    client,
    drop: async () => {
      await client.end();
      await database.drop();
    },
  };
}
