import type { Locator, Page } from 'playwright-core';

/**
 * The window officer's screens driven as an officer does it, shared by the workbench browser specs: open an
 * item from the inbox, answer it with the one-time notice. Each step waits for the screen's own confirmation.
 */
export function workbenchSteps(page: Page, baseUrl: string) {
  return {
    /** Opens the item with `receiptNo` from the inbox (on the tab named `tab`, if given) on its 办理 page. */
    async openFromInbox(receiptNo: string, itemName: string, tab?: RegExp) {
      await page.goto(`${baseUrl}/workbench`);
      if (tab) await page.getByRole('tab', { name: tab }).click();
      await page
        .getByRole('link', { name: new RegExp(`办理：${receiptNo}`) })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: itemName }).waitFor();
    },
    /**
     * 一次性告知 through its dialog: the materials in `preTicked` (codes) must already be ticked, as the guide's
     * missing required ones; `reasons` says what is wrong with each, by material name. `beforeSend` sees the
     * filled dialog (a picture of it, say) before it is sent.
     */
    async sendOneTimeNotice(notice: {
      preTicked?: string[];
      reasons: Record<string, string>;
      note?: string;
      beforeSend?(dialog: Locator): Promise<void>;
    }) {
      await page.getByRole('button', { name: '一次性告知' }).click();
      const dialog = page.getByRole('dialog', { name: '一次性告知（补正材料）' });
      for (const code of notice.preTicked ?? []) {
        expect([code, await dialog.getByRole('checkbox', { name: new RegExp(`^${code} `) }).isChecked()]).toEqual([
          code,
          true,
        ]);
      }
      for (const [material, reason] of Object.entries(notice.reasons)) {
        await dialog.getByLabel(`问题说明：${material}`).fill(reason);
      }
      if (notice.note) await dialog.getByLabel('补充说明（选填）').fill(notice.note);
      await notice.beforeSend?.(dialog);
      await dialog.getByRole('button', { name: '发送告知书' }).click();
      await page.getByRole('status').filter({ hasText: '已发出一次性告知书' }).waitFor();
    },
  };
}
