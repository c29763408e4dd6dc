import { Injectable } from '@nestjs/common';
import { approverRefusal, type EngineEvent } from '@tongban/flow-engine';
import { badRequest, notFound } from '../../../common/api-exception';
import { parseInput } from '../../../common/zod-body';
import { type AuthUser, UsersService } from '../../identity';
import { CommandExecutor } from '../command-executor.service';
import { ApplicationAccess } from './application-access.service';
import type { ApplicationFacts, ApplicationRow } from '../instance-rows';
import {
  extendInputSchema,
  notifyMissingInputSchema,
  pauseInputSchema,
  rejectInputSchema,
  supplementInputSchema,
  withdrawInputSchema,
} from './application.inputs';
import { ApplicationsService } from './applications.service';

type Who = 'officer' | 'applicant';

interface CommandSpec {
  who: Who;
  toEvent(body: unknown, user: AuthUser): EngineEvent;
}

const commandSpecs: Record<string, CommandSpec> = {
  accept: { who: 'officer', toEvent: (_body, user) => ({ type: 'accept', actor: user.username }) },
  'notify-missing': {
    who: 'officer',
    toEvent: (body, user) => ({
      type: 'notify-missing',
      actor: user.username,
      ...parseInput(notifyMissingInputSchema, body),
    }),
  },
  supplement: {
    who: 'applicant',
    toEvent: (body, user) => ({
      type: 'supplement',
      actor: user.username,
      materials: parseInput(supplementInputSchema, body).materials.map((material) => material.code),
    }),
  },
  reject: {
    who: 'officer',
    toEvent: (body, user) => ({
      type: 'reject',
      actor: user.username,
      reason: parseInput(rejectInputSchema, body).reason,
    }),
  },
  withdraw: {
    who: 'applicant',
    toEvent: (body, user) => ({ type: 'withdraw', actor: user.username, ...parseInput(withdrawInputSchema, body) }),
  },
  pause: {
    who: 'officer',
    toEvent: (body, user) =>
      ({ type: 'pause', actor: user.username, ...parseInput(pauseInputSchema, body) }) as EngineEvent,
  },
  resume: { who: 'officer', toEvent: (_body, user) => ({ type: 'resume', actor: user.username }) },
  extend: {
    who: 'officer',
    toEvent: (body, user) => {
      const input = parseInput(extendInputSchema, body);
      return {
        type: 'extend',
        actor: user.username,
        days: input.days,
        reason: input.reason,
        approver: input.approver ?? user.username,
      };
    },
  },
};

/** The window and applicant commands of the contract, each one engine step in one transaction. */
@Injectable()
export class ApplicationCommands {
  constructor(
    private readonly access: ApplicationAccess,
    private readonly executor: CommandExecutor,
    private readonly applications: ApplicationsService,
    private readonly users: UsersService,
  ) {}

  async run(
    user: AuthUser,
    id: string,
    command: string,
    body: unknown,
    headers: { idempotencyKey?: string; ifMatch?: string },
  ) {
    const spec = Object.hasOwn(commandSpecs, command) ? commandSpecs[command] : undefined;
    if (!spec) throw notFound('UNKNOWN_COMMAND', `没有名为 ${command} 的命令`);
    const row = await this.authorise(user, id, spec.who);
    const event = spec.toEvent(body, user);
    if (event.type === 'extend') await this.checkApprover(await this.access.readable(user, id), event.approver);
    const outcome = await this.executor.execute({
      applicationId: row.id,
      command,
      event,
      actor: user.username,
      idempotencyKey: validKey(headers.idempotencyKey),
      expectedVersion: parseIfMatch(headers.ifMatch),
      payload: { via: 'api' },
      actorDepartment: user.department,
    });
    if (!outcome.snapshot) return this.applications.view(user, row.id);
    return this.applications.viewOf(row, { snapshot: outcome.snapshot, version: outcome.version });
  }

  /** §42: the approver must be the head of a department where the item stands (a directory fact, not free text). */
  private async checkApprover(row: ApplicationRow, username: string): Promise<void> {
    const account = await this.users.findByUsername(username);
    const approver = account && {
      username: account.username,
      centerId: account.centerId,
      roles: account.roles,
      department: account.department,
      active: this.users.isEnabled(account),
    };
    const departments = await this.applications.extensionDepartmentsOf(row);
    const refusal = approverRefusal({ approver, centerId: row.centerId, departments });
    if (refusal) throw badRequest(refusal.code, refusal.message, { approver: username, departments });
  }

  private authorise(user: AuthUser, id: string, who: Who): Promise<ApplicationFacts> {
    const command = { command: true };
    return who === 'officer'
      ? this.access.asOfficer(user, id, command)
      : this.access.asApplicantOrOfficer(user, id, command);
  }
}

export function validKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!/^[\w.:-]{1,128}$/.test(key))
    throw badRequest('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key 应为 1–128 个字母、数字或 ._:-');
  return key;
}

export function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const version = Number(value.replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(version) || version < 1) throw badRequest('INVALID_IF_MATCH', 'If-Match 应为办件版本号');
  return version;
}
