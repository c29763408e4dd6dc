import { type CenterLevelName, CENTER_LEVELS, usernameSchema } from './admin';

/** What `npm run admin -- create-admin` was asked: the account and, optionally, the center. */
export interface FirstAdminRequest {
  username: string;
  center?: string;
  centerName?: string;
  level?: string;
}

/** The centers the database already has (id and parent). */
export interface ExistingCenter {
  id: string;
  parentId: string | null;
}

/** Creates the admin in `centerId`, after creating that center as a root center when `newCenter` is set. */
export type FirstAdminPlan =
  | { ok: true; centerId: string; newCenter: { id: string; name: string; level: CenterLevelName } | null }
  | { ok: false; message: string };

/**
 * Where the first admin goes: the named center when it exists; a new root center when the database has none
 * (its id and name given); without `--center`, the one root center. Anything else is refused with the reason.
 */
export function planFirstAdmin(request: FirstAdminRequest, centers: ExistingCenter[]): FirstAdminPlan {
  if (!usernameSchema.safeParse(request.username).success)
    return {
      ok: false,
      message: `用户名 ${request.username} 无效：应以小写字母开头，由 3–40 个小写字母、数字、.、_、- 组成`,
    };
  const roots = centers.filter((center) => center.parentId === null);
  if (request.center === undefined) {
    if (roots.length === 1) return { ok: true, centerId: roots[0].id, newCenter: null };
    if (roots.length === 0)
      return { ok: false, message: '数据库中还没有中心：请用 --center <编码> --center-name <名称> 创建根中心' };
    return { ok: false, message: `有多个根中心（${roots.map((r) => r.id).join('、')}），请用 --center 指定` };
  }
  if (centers.some((center) => center.id === request.center))
    return { ok: true, centerId: request.center, newCenter: null };
  if (centers.length > 0)
    return { ok: false, message: `中心 ${request.center} 不存在；已有中心时，下级中心请由管理员在系统中创建` };
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(request.center))
    return {
      ok: false,
      message: `中心编码 ${request.center} 无效：应以小写字母开头，由 2–40 个小写字母、数字或 - 组成`,
    };
  if (!request.centerName?.trim()) return { ok: false, message: '创建根中心须用 --center-name 给出中心名称' };
  const level = request.level ?? 'city';
  if (!(CENTER_LEVELS as readonly string[]).includes(level))
    return { ok: false, message: `中心级别 ${level} 无效，可选：${CENTER_LEVELS.join('、')}` };
  return {
    ok: true,
    centerId: request.center,
    newCenter: { id: request.center, name: request.centerName.trim(), level: level as CenterLevelName },
  };
}
