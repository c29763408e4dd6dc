import { Injectable } from '@nestjs/common';
import { type FlowDefinition, flowDefinitionSchema } from '@tongban/flow-model';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/api-exception';

/** Published definitions never change, so one parsed copy per (key, version) serves every command. */
@Injectable()
export class DefinitionCache {
  private readonly cache = new Map<string, FlowDefinition>();

  constructor(private readonly db: DataSource) {}

  async get(key: string, version: number): Promise<FlowDefinition> {
    const id = `${key}@${version}`;
    const hit = this.cache.get(id);
    if (hit) return hit;
    const [row] = await this.db.query(`SELECT definition FROM flow_definition WHERE key = $1 AND version = $2`, [
      key,
      version,
    ]);
    if (!row) throw notFound('DEFINITION_NOT_FOUND', `流程 ${key} 第 ${version} 版不存在`);
    const definition = flowDefinitionSchema.parse(row.definition);
    this.cache.set(id, definition);
    return definition;
  }
}
