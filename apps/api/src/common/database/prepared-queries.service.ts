import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { GroupCommitter, type Settled } from './group-committer';
import { lookupStatement } from './lookup-statement';

/** At most this many lookups share one statement, and this many lookup statements of one kind run at once. */
const LOOKUP_BATCH = { maxBatch: 64, maxInFlight: 2, gatherTurn: true };

/**
 * Named prepared statements on the connection pool, outside any transaction, for the statements every command
 * runs: PostgreSQL parses and plans each once per connection instead of on every call. TypeORM's query() cannot
 * name a statement, which is why the hot path comes here.
 */
@Injectable()
export class PreparedQueries {
  private readonly names = new Map<string, string>();
  private readonly lookups = new Map<string, GroupCommitter<unknown[], unknown[]>>();

  constructor(private readonly db: DataSource) {}

  async query<T>(text: string, values: unknown[]): Promise<T[]> {
    const result = await this.pool().query({ name: this.nameOf(text), text, values });
    return result.rows as T[];
  }

  /**
   * The rows of `text` for `values`, where lookups of the same statement that arrive together share one round
   * trip: their arguments go in as arrays (`types` names each parameter's type) and each lookup gets its own
   * rows back. For the reads every command starts with (its application, its task, its catalog item).
   */
  lookup<T>(text: string, types: string[], values: unknown[]): Promise<T[]> {
    let batcher = this.lookups.get(text);
    if (!batcher) {
      const batched = lookupStatement(text, types);
      batcher = new GroupCommitter((jobs) => this.runLookups(text, batched, jobs), LOOKUP_BATCH);
      this.lookups.set(text, batcher);
    }
    return batcher.submit(values) as Promise<T[]>;
  }

  private async runLookups(
    text: string,
    { sql, ordinal }: { sql: string; ordinal: string },
    jobs: unknown[][],
  ): Promise<Settled<unknown[]>[]> {
    if (jobs.length === 1) return [{ ok: true, value: await this.query(text, jobs[0]) }];
    let rows: Record<string, unknown>[];
    try {
      rows = await this.query(
        sql,
        jobs[0].map((_, i) => jobs.map((job) => job[i])),
      );
    } catch {
      // One lookup's arguments broke the statement (say, a character PostgreSQL cannot store): alone, only it fails.
      return Promise.all(jobs.map((job) => this.query(text, job).then(settle, refuse)));
    }
    const answers: unknown[][] = jobs.map(() => []);
    for (const { [ordinal]: position, ...row } of rows) answers[Number(position) - 1].push(row);
    return answers.map((value) => ({ ok: true, value }));
  }

  private pool(): Pool {
    return (this.db.driver as PostgresDriver).master as Pool;
  }

  /** A statement's name follows its text: the same text is prepared once per connection and reused. */
  private nameOf(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = `tongban_${this.names.size + 1}`;
      this.names.set(text, name);
    }
    return name;
  }
}

const settle = (value: unknown[]): Settled<unknown[]> => ({ ok: true, value });
const refuse = (error: unknown): Settled<unknown[]> => ({ ok: false, error });
