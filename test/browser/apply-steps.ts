import type { Page } from 'playwright-core';

/** What the applicant types on 申请人信息; `site` and `area` only where the spec needs them. */
export interface ApplicantDetails {
  phone: string;
  project: string;
  site?: string;
  area?: string;
}

/**
 * 在线办理 on the portal driven as an applicant does it, shared by the portal browser specs: the steps before
 * the materials, ticking 已备齐, and the last two steps up to the receipt. Uploads stay in the specs that test them.
 */
export function applySteps(page: Page) {
  const next = () => page.getByRole('button', { name: '下一步' }).click();
  return {
    /** 须知 and 申请人信息: agrees, fills in `details` and arrives at 申请材料. */
    async fillDetails(details: ApplicantDetails) {
      await page.getByLabel('我已阅读并知晓办事指南与上述须知').check();
      await next();
      await page.getByLabel(/手机号码/).fill(details.phone);
      await page.getByLabel(/项目名称/).fill(details.project);
      if (details.site !== undefined) await page.getByLabel('建设地点').fill(details.site);
      if (details.area !== undefined) await page.getByLabel(/建筑面积/).fill(details.area);
      await next();
      await page.getByRole('heading', { name: '申请材料' }).waitFor();
    },
    /** Ticks 已备齐 on the materials with these codes; the others are left out. */
    async tick(codes: string[]) {
      for (const code of codes) {
        await page
          .getByRole('group', { name: new RegExp(`^${code} `) })
          .getByRole('checkbox')
          .check();
      }
    },
    /**
     * 提交与领取方式 (picking `channel`, e.g. 网上申报, if given) and 确认提交, whose note names exactly the
     * required materials in `missing` (by name) as not handed in; answers the receipt's number and the item's id.
     */
    async submit(options: { channel?: string; missing?: string[] } = {}) {
      await next();
      if (options.channel) await page.getByLabel(options.channel).check();
      await next();
      await page.getByRole('heading', { name: '确认提交' }).waitFor();
      const missing = await page.getByRole('note').getByRole('listitem').allInnerTexts();
      expect(missing).toEqual(options.missing ?? []);
      await page.getByLabel(/本人承诺/).check();
      await page.getByRole('button', { name: '提交申请' }).click();
      const receipt = page.getByTestId('receipt-no');
      await receipt.waitFor();
      const receiptNo = (await receipt.textContent())!.trim();
      const id = new URL(page.url()).pathname.split('/portal/my/')[1].split('/')[0];
      return { receiptNo, id };
    },
  };
}
