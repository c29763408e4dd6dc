import type { Role } from '@tongban/api-contract';
import type { AdminUser, Center, CenterLevel } from './types';

/** A province center opens city centers, a city center county ones; a county center has no children. */
export const CHILD_LEVEL: Record<CenterLevel, CenterLevel | null> = { province: 'city', city: 'county', county: null };

export interface CenterNode {
  center: Center;
  children: CenterNode[];
}

/**
 * The flat list of `GET /api/centers` as a tree. A center whose parent is not in the list (the admin's own,
 * under a parent the admin does not administer) is a root.
 */
export function centerTree(centers: Center[]): CenterNode[] {
  const nodes = new Map(centers.map((center) => [center.id, { center, children: [] as CenterNode[] }]));
  const roots: CenterNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.center.parentId ? nodes.get(node.center.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

// The contract's rules (libs/api-contract admin.ts, catalog input), restated so that the admin chunk does not
// bundle the contract's zod schemas; forms.spec.ts checks that they stay the same.
/** A catalog item's code: a letter or digit, then letters, digits, `.`, `_` or `-`. */
export const CATALOG_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** A center id or a department code: a lower-case letter, then lower-case letters, digits or `-`; 2–40. */
export const CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,39}$/;
export const PASSWORD_MIN = 8;

const trimmedOrNull = (value: string | null | undefined): string | null => {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
};

export interface NewCenterForm {
  id: string;
  name: string;
}

/** `POST /api/centers` for a child of `parent`. */
export function newCenterRequest(parent: Center, form: NewCenterForm) {
  const level = CHILD_LEVEL[parent.level];
  if (!level) throw new Error(`${parent.level} centers have no child level`);
  return { id: form.id.trim(), name: form.name.trim(), level, parentId: parent.id };
}

export interface NewUserForm {
  username: string;
  password: string;
  name: string;
  roles: Role[];
  department?: string | null;
  centerId: string;
  email?: string;
  phone?: string;
}

/** `POST /api/users`: trimmed, empty optional fields as null. */
export function newUserRequest(form: NewUserForm) {
  return {
    username: form.username.trim(),
    password: form.password,
    name: form.name.trim(),
    roles: form.roles,
    department: trimmedOrNull(form.department),
    centerId: form.centerId,
    email: trimmedOrNull(form.email),
    phone: trimmedOrNull(form.phone),
  };
}

export interface EditUserForm {
  name: string;
  roles: Role[];
  department?: string | null;
  chiefRepresentative: boolean;
  email?: string | null;
  phone?: string | null;
}

export type UserPatch = Partial<
  Pick<AdminUser, 'name' | 'roles' | 'department' | 'chiefRepresentative' | 'disabled' | 'email' | 'phone'>
>;

/** `PATCH /api/users/{username}`: only the fields the form changed (null when none did). */
export function userPatch(before: AdminUser, form: EditUserForm): UserPatch | null {
  const next: UserPatch = {
    name: form.name.trim(),
    roles: [...form.roles].sort(),
    department: trimmedOrNull(form.department),
    chiefRepresentative: form.chiefRepresentative,
    email: trimmedOrNull(form.email),
    phone: trimmedOrNull(form.phone),
  };
  const was: UserPatch = { ...before, roles: [...before.roles].sort() };
  const changed = Object.fromEntries(
    Object.entries(next).filter(
      ([field, value]) => JSON.stringify(value) !== JSON.stringify(was[field as keyof UserPatch]),
    ),
  ) as UserPatch;
  return Object.keys(changed).length > 0 ? changed : null;
}

export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const shown = (value: unknown): string =>
  value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields an audited change touched, before and after. Two records compare field by field (a created
 * thing has no before, a removed one no after); anything else is one row with an empty field name.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  if ((isRecord(before) || before == null) && (isRecord(after) || after == null) && (before ?? after) != null) {
    const was = (before ?? {}) as Record<string, unknown>;
    const now = (after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])];
    return fields
      .filter((field) => JSON.stringify(was[field]) !== JSON.stringify(now[field]))
      .map((field) => ({ field, before: shown(was[field]), after: shown(now[field]) }));
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ field: '', before: shown(before), after: shown(after) }];
}

/** A numeric center setting as the form shows it: bounds as the server checks them. */
export interface NumberSetting {
  name: string;
  min: number;
  max: number;
}

/**
 * `PUT /api/centers/{id}/settings`: every listed field, an empty number as null (back to the default), so
 * that clearing a field in the form clears it on the server.
 */
export function settingsRequest(
  values: Record<string, unknown>,
  numbers: NumberSetting[],
  booleans: string[],
): Record<string, number | boolean | null> {
  const body: Record<string, number | boolean | null> = {};
  for (const { name } of numbers) {
    const value = values[name];
    body[name] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  for (const name of booleans) body[name] = Boolean(values[name]);
  return body;
}

export interface CatalogForm {
  code: string;
  name: string;
  department: string;
  legalBasis: string;
  flowKey: string;
  statutoryDays: number;
  promisedDays: number;
  fees?: string;
  windowAuthority?: string;
  jointHandling?: boolean;
}

/**
 * `POST /api/catalog` and `PUT /api/catalog/{code}`: the item's fields, trimmed. Materials are left out:
 * the server takes them from the bound flow's acceptance step.
 */
export function catalogRequest(form: CatalogForm) {
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    department: form.department,
    legalBasis: form.legalBasis.trim(),
    flowKey: form.flowKey,
    statutoryDays: form.statutoryDays,
    promisedDays: form.promisedDays,
    fees: form.fees?.trim() || '不收费',
    windowAuthority: form.windowAuthority?.trim() ?? '',
    jointHandling: Boolean(form.jointHandling),
  };
}

/** A promise may not exceed the law's limit (承诺时限 ≤ 法定时限). */
export const promiseWithinStatute = (form: Pick<CatalogForm, 'statutoryDays' | 'promisedDays'>): boolean =>
  form.promisedDays <= form.statutoryDays;

export type ChannelName = 'email' | 'sms' | 'dingtalk' | 'wecom';

export interface EmailChannelForm {
  enabled: boolean;
  host?: string;
  port?: number;
  secure?: boolean;
  from?: string;
  user?: string;
  /** Blank keeps the stored password (the API never returns it). */
  password?: string;
}

/** The SMS gateway: its URL and token are secrets (the API answers only the host and whether a token is set). */
export interface SmsChannelForm {
  enabled: boolean;
  /** Blank keeps the stored URL. */
  url?: string;
  /** Blank keeps the stored token. */
  token?: string;
}

/** A DingTalk or WeCom group robot: its webhook carries the access token, so it is a secret too. */
export interface RobotChannelForm {
  enabled: boolean;
  /** Blank keeps the stored webhook. */
  webhook?: string;
}

/** The channels as `GET /api/centers/{id}/channels` answers them (secrets left out). */
export interface StoredChannels {
  email: { host: string; port: number; secure: boolean; from: string; user: string | null } | null;
  sms: unknown;
  dingtalk: unknown;
  wecom: unknown;
}

/** A typed value, or nothing: a left-out secret keeps the stored one. */
const typed = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => {
  const text = value?.trim() ?? '';
  return text === '' ? {} : ({ [key]: text } as Record<K, string>);
};

/**
 * `PUT /api/centers/{id}/channels` takes every channel, and each card changes one: the others are sent as they
 * stand — e-mail with its stored fields, the others as `{}` — so their stored secrets stay; an unset one stays null.
 */
export function channelRequest(current: StoredChannels, name: ChannelName, value: object | null) {
  const keep = (channel: unknown) => (channel ? {} : null);
  const email = current.email && {
    host: current.email.host,
    port: current.email.port,
    secure: current.email.secure,
    from: current.email.from,
    user: current.email.user,
  };
  return { email, sms: keep(current.sms), dingtalk: keep(current.dingtalk), wecom: keep(current.wecom), [name]: value };
}

export function emailChannelRequest(form: EmailChannelForm, current: StoredChannels) {
  const email = form.enabled
    ? {
        host: form.host?.trim() ?? '',
        port: form.port ?? 25,
        secure: Boolean(form.secure),
        from: form.from?.trim() ?? '',
        user: trimmedOrNull(form.user),
        ...(form.password ? { password: form.password } : {}),
      }
    : null;
  return channelRequest(current, 'email', email);
}

export function smsChannelRequest(form: SmsChannelForm, current: StoredChannels) {
  const sms = form.enabled ? { ...typed('url', form.url), ...(form.token ? { token: form.token } : {}) } : null;
  return channelRequest(current, 'sms', sms);
}

export function robotChannelRequest(name: 'dingtalk' | 'wecom', form: RobotChannelForm, current: StoredChannels) {
  return channelRequest(current, name, form.enabled ? typed('webhook', form.webhook) : null);
}

/** One office-hours row of the settings form: two `HH:MM` fields, either may still be empty. */
export interface OfficeHoursRow {
  from?: string;
  to?: string;
}

/**
 * The `officeHours` of the settings PUT: the filled rows in order of their start, or null (back to the default
 * hours) when none is filled. The server checks the 30-minute boundaries and overlaps.
 */
export function officeHoursRequest(rows: readonly OfficeHoursRow[] | undefined): { from: string; to: string }[] | null {
  const filled = (rows ?? [])
    .map((row) => ({ from: row.from?.trim() ?? '', to: row.to?.trim() ?? '' }))
    .filter((row) => row.from || row.to);
  return filled.length ? [...filled].sort((a, b) => a.from.localeCompare(b.from)) : null;
}
