import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Named prepared statements on the connection pool, outside any transaction, for the statements every command
 * runs: PostgreSQL parses and plans each once per connection instead of on every call. TypeORM's query() cannot
 * name a statement, which is why the hot path comes here.
 */
@Injectable()
export class PreparedQueries {
  private readonly names = new Map<string, string>();

  constructor(private readonly db: DataSource) {}

  async query<T>(text: string, values: unknown[]): Promise<T[]> {
    const result = await this.pool().query({ name: this.nameOf(text), text, values });
    return result.rows as T[];
  }

  /**
   * Unprepared, on the pool: for statements whose plan depends on their arguments (a batch write's key arrays
   * and row counts), where a cached generic plan would scan whole tables.
   */
  async unprepared<T>(text: string, values: unknown[]): Promise<T[]> {
    const result = await this.pool().query(text, values);
    return result.rows as T[];
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
