import { Injectable } from '@nestjs/common';
import type { CenterSettings, OfficeSession } from '@tongban/api-contract';
import { centerPolicy, type CenterPolicy } from '@tongban/flow-engine';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/api-exception';
import { RecentValues } from '../../common/recent-values';
import { AdminAudit } from '../admin-audit/admin-audit';
import { capacityPerSlot, DEFAULT_OFFICE_HOURS } from '../appointments/slot-plan';
import { settingDefaults } from '../../config/app-config';
import type { CenterSettingsInput } from './dtos/center-settings.input';

interface SettingsRow {
  supplementDays: number | null;
  deemedAcceptance: boolean;
  deemedAcceptanceDays: number | null;
  extensionMaxDays: number | null;
  warnAtRemainingDays: number | null;
  complaintDays: number | null;
  appointmentCapacity: number | null;
  officeHours: OfficeSession[] | null;
}

/** What a center's settings answer: the policy in force, the hall's settings, and which fields the center set. */
export type CenterSettingsDto = CenterSettings & { policy: CenterPolicy };

/** How long a read policy is trusted; a change in this process is seen at once. */
const POLICY_MS = 5_000;

const SELECT_SETTINGS = `
  SELECT s.supplement_days AS "supplementDays", COALESCE(s.deemed_acceptance, true) AS "deemedAcceptance",
         s.deemed_acceptance_days AS "deemedAcceptanceDays", s.extension_max_days AS "extensionMaxDays",
         s.warn_days AS "warnAtRemainingDays", r.complaint_days AS "complaintDays",
         s.appointment_capacity AS "appointmentCapacity", s.office_hours AS "officeHours"
  FROM (SELECT $1::text AS id) c
  LEFT JOIN center_setting s ON s.center_id = c.id
  LEFT JOIN rating_setting r ON r.center_id = c.id`;

/**
 * Each center's own rules (中心设置) and hall settings, read by submit, the views, ratings and appointments;
 * defaults where a center set nothing. Complaint days live in rating_setting (`/api/ratings/settings` reads and
 * writes the same row). Every change is written to the admin audit log with the fields before and after.
 */
@Injectable()
export class CenterSettingsService {
  // The stored row is cached, not the answer: defaults from the environment are read on every call.
  private readonly recent = new RecentValues<string, SettingsRow>(POLICY_MS);

  constructor(private readonly db: DataSource) {}

  async policyOf(centerId: string): Promise<CenterPolicy> {
    return (await this.settingsOf(centerId)).policy;
  }

  async settingsOf(centerId: string): Promise<CenterSettingsDto> {
    const known = this.recent.get(centerId);
    if (known) return settingsFrom(centerId, known);
    const row = await this.read(this.db.manager, centerId);
    this.recent.set(centerId, row);
    return settingsFrom(centerId, row);
  }

  async update(centerId: string, input: CenterSettingsInput, by: string, at: Date): Promise<CenterSettingsDto> {
    await this.db.transaction(async (manager) => {
      const [center] = await manager.query(`SELECT 1 FROM center WHERE id = $1 FOR UPDATE`, [centerId]);
      if (!center) throw notFound('CENTER_NOT_FOUND', `中心 ${centerId} 不存在`);
      const current = await this.read(manager, centerId);
      const next: SettingsRow = { ...current, ...input };
      await manager.query(
        `INSERT INTO center_setting (center_id, supplement_days, deemed_acceptance, deemed_acceptance_days,
                                     extension_max_days, warn_days, appointment_capacity, office_hours,
                                     updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)
         ON CONFLICT (center_id) DO UPDATE SET supplement_days = $2, deemed_acceptance = $3,
           deemed_acceptance_days = $4, extension_max_days = $5, warn_days = $6, appointment_capacity = $7,
           office_hours = $8::jsonb, updated_by = $9, updated_at = $10`,
        [
          centerId,
          next.supplementDays,
          next.deemedAcceptance,
          next.deemedAcceptanceDays,
          next.extensionMaxDays,
          next.warnAtRemainingDays,
          next.appointmentCapacity,
          next.officeHours === null ? null : JSON.stringify(next.officeHours),
          by,
          at,
        ],
      );
      if (input.complaintDays !== undefined)
        await this.writeComplaintDays(manager, centerId, input.complaintDays, by, at);
      await AdminAudit.record(manager, {
        centerId,
        actor: by,
        action: 'settings.update',
        target: centerId,
        before: setFields(current),
        after: setFields(next),
        at,
      });
    });
    this.recent.clear();
    return this.settingsOf(centerId);
  }

  private async writeComplaintDays(
    manager: EntityManager,
    centerId: string,
    days: number | null,
    by: string,
    at: Date,
  ) {
    if (days === null) {
      await manager.query(`DELETE FROM rating_setting WHERE center_id = $1`, [centerId]);
      return;
    }
    await manager.query(
      `INSERT INTO rating_setting (center_id, complaint_days, updated_by, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (center_id) DO UPDATE SET complaint_days = $2, updated_by = $3, updated_at = $4`,
      [centerId, days, by, at.toISOString()],
    );
  }

  private async read(manager: EntityManager, centerId: string): Promise<SettingsRow> {
    const [row]: SettingsRow[] = await manager.query(SELECT_SETTINGS, [centerId]);
    return row;
  }
}

function settingsFrom(centerId: string, row: SettingsRow): CenterSettingsDto {
  return {
    centerId,
    policy: policyFrom(row),
    service: {
      complaintDays: row.complaintDays ?? settingDefaults.complaintDays().days,
      appointmentCapacity: row.appointmentCapacity ?? capacityPerSlot(),
      officeHours: row.officeHours ?? DEFAULT_OFFICE_HOURS,
    },
    set: setFields(row),
  };
}

function policyFrom(row: SettingsRow): CenterPolicy {
  const deemed = centerPolicy({ deemedAcceptanceDays: row.deemedAcceptanceDays ?? undefined }).deemedAcceptanceDays;
  return centerPolicy({
    supplementDays: row.supplementDays ?? undefined,
    deemedAcceptanceDays: row.deemedAcceptance ? deemed : null,
    extensionMaxDays: row.extensionMaxDays ?? undefined,
    warnAtRemainingDays: row.warnAtRemainingDays ?? undefined,
  });
}

/** The fields a center set itself (null is "not set"; the §32 rule counts as set only when switched off). */
function setFields(row: SettingsRow): CenterSettings['set'] {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value !== null && !(key === 'deemedAcceptance' && value === true)) set[key] = value;
  }
  return set;
}
