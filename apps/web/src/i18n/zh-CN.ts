// designer
import { designerMessages } from '../designer/i18n/designerMessages';

/** zh-CN is the source language; other locales translate these keys. */
export const zhCN = {
  'app.title': '通办',
  'app.subtitle': '政务服务中心审批平台',
  'app.tagline': '前台受理 · 内部流转 · 限时办结 · 统一出证',
  'nav.home': '首页',
  'nav.designer': '设计器',
  'nav.portal': '办事大厅',
  'nav.workbench': '工作台',
  'nav.supervision': '电子监察',
  'home.designer.desc': '管理员绘制、校验、模拟并发布审批流程',
  'home.portal.desc': '申请人查阅事项目录、在线申报、跟踪办件进度',
  'home.workbench.desc': '窗口人员受理、部门审查、AB 岗代办',
  'home.supervision.desc': '红黄牌预警、超期默许、责任追究台账',
  'home.status': '服务状态',
  'home.status.ok': '服务正常，数据库已连接',
  'home.status.down': '服务不可用',
  'home.status.checking': '正在检查…',
  'page.pending': '该模块正在建设中，敬请期待。',
  'page.back': '返回首页',
  'notFound.title': '页面不存在',
  'common.loading': '正在加载…',
  'common.logout': '退出登录',
  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.busy': '正在登录…',
  'login.failed': '登录失败，请重试',
  'login.wrongRole': '当前账号无权访问此页面。',
  'login.switch': '切换账号',
  // designer
  ...designerMessages,
} as const;

export type MessageKey = keyof typeof zhCN;
