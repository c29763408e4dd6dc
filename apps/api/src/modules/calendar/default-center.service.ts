import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/api-exception';

/** The center that public, login-free pages speak for when none is named: the oldest top-level center. */
@Injectable()
export class DefaultCenter {
  constructor(private readonly db: DataSource) {}

  async id(): Promise<string> {
    const [row] = await this.db.query(`SELECT id FROM center WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1`);
    if (!row) throw notFound('NO_CENTER', '尚未配置政务服务中心');
    return row.id;
  }
}
