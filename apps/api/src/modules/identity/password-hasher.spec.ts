import { parseOptions } from '@node-rs/argon2';
import { readAppConfig } from '../../config/app-config';
import { PasswordHasher } from './password-hasher';

describe('PASSWORD_HASH_COST', () => {
  const base = { PATH: process.env.PATH };

  it('is standard by default, whatever NODE_ENV: Argon2id at 19 MiB, 2 passes, 1 lane', async () => {
    for (const NODE_ENV of ['production', 'test', undefined]) {
      const config = readAppConfig({ ...base, NODE_ENV });
      expect(config.passwordHashCost).toBe('standard');
      const stored = await new PasswordHasher(config).hash('a long real passphrase');
      expect(stored).toMatch(/^\$argon2id\$/);
      expect(parseOptions(stored)).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    }
  });

  it('low is refused at start-up unless NODE_ENV=test, so no real password is ever stored cheaply', () => {
    for (const NODE_ENV of ['production', 'development', '', undefined]) {
      expect(() => readAppConfig({ ...base, NODE_ENV, PASSWORD_HASH_COST: 'low' })).toThrow(
        /PASSWORD_HASH_COST=low is for tests only/,
      );
    }
    expect(() => readAppConfig({ ...base, PASSWORD_HASH_COST: 'cheap' })).toThrow(/"standard" or "low"/);
  });

  it('low under NODE_ENV=test hashes cheaply, and such hashes still verify', async () => {
    const config = readAppConfig({ ...base, NODE_ENV: 'test', PASSWORD_HASH_COST: 'low' });
    const hasher = new PasswordHasher(config);
    const stored = await hasher.hash('alice');
    expect(parseOptions(stored)).toMatchObject({ memoryCost: 64, timeCost: 1 });
    await expect(hasher.verify(stored, 'alice')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'bob')).resolves.toBe(false);
    await expect(hasher.verify(null, 'alice')).resolves.toBe(false);
  });

  it('is what the API suites run with (test/utils/test-env.ts)', () => {
    expect(readAppConfig(process.env).passwordHashCost).toBe('low');
  });
});
