import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { readAppConfig } from '../config/app-config';
import { resolveDatabase } from '../database/resolve-database';
import { CliError, createAdmin } from './create-admin';

const USAGE = `用法：npm run admin -- create-admin <用户名> [--name <姓名>] [--center <中心编码>]
                                    [--center-name <中心名称>] [--level province|city|county]
密码取自环境变量 ADMIN_PASSWORD，否则从标准输入读取一行（至少 8 个字符）。
数据库：DATABASE_URL，未设置时使用 ./data 下的内置 PostgreSQL（服务须已停止）。`;

/** `create-admin <username> --flag value …` → the options; null when the command line is not understood. */
export function parseArgs(argv: string[]): { username: string; flags: Record<string, string> } | null {
  const [command, username, ...rest] = argv;
  if (command !== 'create-admin' || !username || username.startsWith('--')) return null;
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (!['--name', '--center', '--center-name', '--level'].includes(flag) || value === undefined) return null;
    flags[flag.slice(2)] = value;
  }
  return { username, flags };
}

async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.ADMIN_PASSWORD) return env.ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('新管理员的密码：');
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = readAppConfig();
  const password = await readPassword(process.env);
  const database = await resolveDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const centerId = await createAdmin(
      database.url,
      {
        username: args.username,
        password,
        name: args.flags.name,
        center: args.flags.center,
        centerName: args.flags['center-name'],
        level: args.flags.level,
      },
      new Date(),
      config.passwordHashCost,
    );
    process.stdout.write(`已创建管理员 ${args.username}（中心 ${centerId}）。请以 DEMO=false 启动服务后登录。\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    await database.stop();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
