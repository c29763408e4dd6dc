import { Injectable } from '@nestjs/common';
import { centerPolicy, type CenterPolicy } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/api-exception';
import { RecentValues } from '../../common/recent-values';
import type { CenterSettingsInput } from './dtos/center-settings.input';

interface SettingsRow {
  supplementDays: number | null;
  deemedAcceptance: boolean;
  deemedAcceptanceDays: number | null;
  extensionMaxDays: number | null;
  warnAtRemainingDays: number | null;
}

/** What a center's settings answer: the policy in force and which fields the center set itself. */
export interface CenterSettingsDto {
  centerId: string;
  policy: CenterPolicy;
  set: Partial<SettingsRow>;
}

/** How long a read policy is trusted; a change in this process is seen at once. */
const POLICY_MS = 5_000;

/** Each center's own rules (中心设置), read by submit and the views; defaults where a center set nothing. */
@Injectable()
export class CenterSettingsService {
  private readonly recent = new RecentValues<string, CenterSettingsDto>(POLICY_MS);

  constructor(private readonly db: DataSource) {}

  async policyOf(centerId: string): Promise<CenterPolicy> {
    return (await this.settingsOf(centerId)).policy;
  }

  async settingsOf(centerId: string): Promise<CenterSettingsDto> {
    const known = this.recent.get(centerId);
    if (known) return known;
    const [row]: SettingsRow[] = await this.db.query(
      `SELECT supplement_days AS "supplementDays", deemed_acceptance AS "deemedAcceptance",
              deemed_acceptance_days AS "deemedAcceptanceDays", extension_max_days AS "extensionMaxDays",
              warn_days AS "warnAtRemainingDays"
       FROM center_setting WHERE center_id = $1`,
      [centerId],
    );
    const settings = { centerId, policy: policyFrom(row), set: row ? setFields(row) : {} };
    this.recent.set(centerId, settings);
    return settings;
  }

  async update(centerId: string, input: CenterSettingsInput, by: string, at: Date): Promise<CenterSettingsDto> {
    const [center] = await this.db.query(`SELECT 1 FROM center WHERE id = $1`, [centerId]);
    if (!center) throw notFound('CENTER_NOT_FOUND', `中心 ${centerId} 不存在`);
    const current = (await this.settingsOf(centerId)).set;
    const next = { ...current, ...input };
    await this.db.query(
      `INSERT INTO center_setting (center_id, supplement_days, deemed_acceptance, deemed_acceptance_days,
                                   extension_max_days, warn_days, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (center_id) DO UPDATE SET supplement_days = $2, deemed_acceptance = $3,
         deemed_acceptance_days = $4, extension_max_days = $5, warn_days = $6, updated_by = $7, updated_at = $8`,
      [
        centerId,
        next.supplementDays ?? null,
        next.deemedAcceptance ?? true,
        next.deemedAcceptanceDays ?? null,
        next.extensionMaxDays ?? null,
        next.warnAtRemainingDays ?? null,
        by,
        at,
      ],
    );
    this.recent.clear();
    return this.settingsOf(centerId);
  }
}

function policyFrom(row: SettingsRow | undefined): CenterPolicy {
  if (!row) return centerPolicy();
  const deemed = centerPolicy({ deemedAcceptanceDays: row.deemedAcceptanceDays ?? undefined }).deemedAcceptanceDays;
  return centerPolicy({
    supplementDays: row.supplementDays ?? undefined,
    deemedAcceptanceDays: row.deemedAcceptance ? deemed : null,
    extensionMaxDays: row.extensionMaxDays ?? undefined,
    warnAtRemainingDays: row.warnAtRemainingDays ?? undefined,
  });
}

function setFields(row: SettingsRow): Partial<SettingsRow> {
  const set: Partial<SettingsRow> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value !== null && !(key === 'deemedAcceptance' && value === true))
      (set as Record<string, unknown>)[key] = value;
  }
  return set;
}
