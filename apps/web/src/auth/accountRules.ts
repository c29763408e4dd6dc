import { accountName } from '@tongban/api-contract';
import type { FormRule } from 'antd';
import { t } from '../i18n/t';

/** The account field of registration and password reset: an 11-digit mobile number or an e-mail address. */
export const accountRules: FormRule[] = [
  {
    required: true,
    validator: async (_rule, value: string | undefined) => {
      if (!value || !accountName(value)) throw new Error(t('account.accountRequired'));
    },
  },
];
