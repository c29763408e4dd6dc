import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir } from '../utils/browser';

/**
 * The administration screens driven as an administrator does it, one step per task, shared by the admin
 * browser specs. Each step waits for the screen's own confirmation, so the next step sees the change.
 */
export function adminSteps(page: Page, baseUrl: string) {
  const open = async (screen: string) => {
    await page.goto(`${baseUrl}/admin/${screen}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };
  /** Picks `option` in the antd Select labelled `label` (inside `scope`, e.g. a dialog). */
  const pick = async (scope: Page | Locator, label: string, option: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    // This Select's own list (another one may still be fading out with the same names in it).
    const listId = await input.getAttribute('aria-controls');
    const item = page
      .locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) })
      .locator('.ant-select-item-option', { hasText: option })
      .first();
    await item.click();
    // A click that landed while the list was still sliding in chose nothing: the step waits for the choice.
    await item.and(page.locator('.ant-select-item-option-selected')).waitFor({ state: 'attached' });
  };
  // A step that never gets its confirmation leaves a picture of the screen (test/artifacts) behind.
  /** Adds roles in the multiple Select labelled 角色, then closes its list. */
  const pickRoles = async (dialog: Locator, roles: string[]) => {
    for (const role of roles) await pick(dialog, '角色', role);
    // A click on the title closes the list (Escape would close the dialog too).
    if (roles.length > 0) await dialog.locator('.ant-modal-title').click();
  };
  const confirmed = (text: string | RegExp) =>
    page
      .getByRole('status')
      .filter({ hasText: text })
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(artifactsDir, 'admin-step-failed.png'), fullPage: true });
        // CI keeps only the log: what the screen said instead goes into the failure.
        const alerts = await page.getByRole('alert').allInnerTexts();
        throw new Error(`${String(error)}\nalerts on the screen: ${JSON.stringify(alerts)}`);
      });
  const choose = async (centerName: string) => pick(page, '中心', centerName);

  return {
    open,
    pick,
    confirmed,
    async createChildCenter(parentName: string, child: { id: string; name: string }) {
      await open('centers');
      await page.getByRole('tree').getByText(parentName, { exact: false }).first().click();
      await page.getByLabel('下级中心编码').fill(child.id);
      await page.getByLabel('下级中心名称').fill(child.name);
      await page.getByRole('button', { name: '新建下级中心' }).click();
      await confirmed(`已新建中心：${child.name}`);
      await page.getByRole('tree').getByText(child.name).waitFor();
    },
    async createDepartment(centerName: string, department: { code: string; name: string }) {
      await open('departments');
      await choose(centerName);
      await page.getByLabel('部门编码').fill(department.code);
      await page.getByLabel('部门名称').fill(department.name);
      await page.getByRole('button', { name: '新建部门' }).click();
      await confirmed(`已新建部门：${department.name}`);
      await page.getByRole('cell', { name: department.code, exact: true }).waitFor();
    },
    async createUser(
      centerName: string,
      user: {
        username: string;
        password: string;
        name: string;
        roles: string[];
        departmentName: string;
        email?: string;
      },
    ) {
      await open('users');
      await choose(centerName);
      await page.getByRole('button', { name: '新建人员' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('用户名').fill(user.username);
      await dialog.getByLabel('初始密码').fill(user.password);
      await dialog.getByLabel('姓名').fill(user.name);
      await pickRoles(dialog, user.roles);
      await pick(dialog, '部门', user.departmentName);
      if (user.email) await dialog.getByLabel('电子邮箱').fill(user.email);
      await dialog.getByRole('button', { name: '保存' }).click();
      await confirmed(`已新建人员：${user.name}`);
      await page.getByRole('cell', { name: user.username, exact: true }).waitFor();
    },
    /** Adds roles and the 首席代表 flag to an account in the user list of `centerName`. */
    async editUser(centerName: string, name: string, change: { addRoles?: string[]; chief?: boolean }) {
      await open('users');
      await choose(centerName);
      await page.getByRole('button', { name: `编辑 ${name}` }).click();
      const dialog = page.getByRole('dialog');
      await pickRoles(dialog, change.addRoles ?? []);
      if (change.chief !== undefined) await dialog.getByLabel('首席代表').setChecked(change.chief);
      await dialog.getByRole('button', { name: '保存' }).click();
      await confirmed('已保存');
    },
    async createPair(a: string, b: string) {
      await open('pairs');
      await pick(page, 'A 岗', a);
      await pick(page, 'B 岗', b);
      await page.getByRole('button', { name: '新建AB岗' }).click();
      await confirmed('已设置');
    },
  };
}
