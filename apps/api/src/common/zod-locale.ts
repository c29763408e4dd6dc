import { z } from 'zod';

// Input errors reach clerks and applicants: zod's own messages in Chinese, once for the whole process.
z.config(z.locales.zhCN());
