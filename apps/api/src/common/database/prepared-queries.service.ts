import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool, type PoolConfig } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { GroupCommitter, type Settled } from './group-committer';
import { lookupStatement } from './lookup-statement';

/** At most this many lookups share one statement, and this many lookup statements of one kind run at once. */
const LOOKUP_BATCH = { maxBatch: 64, maxInFlight: 2, gatherTurn: true };
/**
 * Enough for every statement in flight: up to two write batches (GROUP_COMMIT_IN_FLIGHT) of two parts each, and
 * three kinds of lookup, two each.
 */
const POOL_SIZE = 10;
/**
 * A prepared statement keeps its generic plan for the life of the connection, planned for whatever the tables
 * held then: made while task was nearly empty, the batched task lookup hash-joined a whole-table scan of task on
 * every decision for ever after. On these connections the planner may not scan or hash whole tables, so every
 * plan finds its rows through their keys (every statement sent here is a keyed lookup or write).
 */
const KEYED_PLANS = '-c enable_seqscan=off -c enable_hashjoin=off -c enable_mergejoin=off';

/**
 * Named prepared statements on connections of their own, outside any transaction, for the statements every
 * command runs: PostgreSQL parses and plans each once per connection instead of on every call. TypeORM's query()
 * cannot name a statement, which is why the hot path comes here; its connections are the database's, with the
 * planner told to use keys (KEYED_PLANS).
 */
@Injectable()
export class PreparedQueries implements OnModuleDestroy {
  private readonly names = new Map<string, string>();
  private readonly lookups = new Map<string, GroupCommitter<unknown[], unknown[]>>();
  private readonly logger = new Logger(PreparedQueries.name);
  private connections?: Pool;

  constructor(private readonly db: DataSource) {}

  async onModuleDestroy(): Promise<void> {
    const connections = this.connections;
    this.connections = undefined;
    await connections?.end();
  }

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

  /** How the hot path connects: the database's own connection settings, with keyed plans. */
  connectionConfig(): PoolConfig {
    const database = ((this.db.driver as PostgresDriver).master as Pool).options as PoolConfig;
    return { ...database, max: POOL_SIZE, options: KEYED_PLANS };
  }

  private pool(): Pool {
    if (!this.connections) {
      this.connections = new Pool(this.connectionConfig());
      // An idle connection the server dropped must not take the process down; the next query connects anew.
      this.connections.on('error', (error) => this.logger.warn(`hot-path connection: ${error.message}`));
    }
    return this.connections;
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
