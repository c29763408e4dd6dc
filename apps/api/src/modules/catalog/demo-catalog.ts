import type { CatalogItemInput } from './dtos/catalog-item.input';

/**
 * The demo center's catalog, after the public 办事指南 of these items. Materials are not listed here: they
 * are the shipped flows' acceptance materials (workflows/*.json). Item codes are the flow keys.
 */
export const demoCatalog: CatalogItemInput[] = [
  {
    code: 'construction-permit',
    name: '建设工程规划许可证核发',
    department: '自然资源和规划局',
    legalBasis:
      '《中华人民共和国城乡规划法》第四十条：在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，' +
      '建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。',
    flowKey: 'construction-permit',
    statutoryDays: 20,
    promisedDays: 10,
    fees: '不收费',
    windowAuthority: '市政务服务中心自然资源和规划局窗口（首席代表）',
    jointHandling: false,
  },
  {
    code: 'parallel-review',
    name: '工程建设项目联合审查（并联审批演示）',
    department: '自然资源和规划局（牵头）、消防救援支队、生态环境局',
    legalBasis:
      '《中华人民共和国行政许可法》第二十六条第二款：行政许可依法由地方人民政府两个以上部门分别实施的，' +
      '本级人民政府可以确定一个部门受理行政许可申请并转告有关部门分别提出意见后统一办理，或者组织有关部门联合办理、集中办理；' +
      '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）。',
    flowKey: 'parallel-review',
    statutoryDays: 20,
    promisedDays: 10,
    fees: '不收费',
    windowAuthority: '市政务服务中心工程建设项目综合受理窗口（牵头部门首席代表）',
    jointHandling: false,
  },
  {
    code: 'one-time-notice',
    name: '公众聚集场所投入使用、营业前消防安全检查',
    department: '消防救援支队',
    legalBasis:
      '《中华人民共和国消防法》第十五条：公众聚集场所投入使用、营业前，建设单位或者使用单位应当向场所所在地的县级以上地方人民政府' +
      '消防救援机构申请消防安全检查……申请人选择不采用告知承诺方式办理的，消防救援机构应当自受理申请之日起十个工作日内，' +
      '根据消防技术标准和管理规定，对该场所进行检查。',
    flowKey: 'one-time-notice',
    statutoryDays: 10,
    promisedDays: 7,
    fees: '不收费',
    windowAuthority: '市政务服务中心消防救援支队窗口（首席代表）',
    jointHandling: false,
  },
  {
    code: 'instant',
    name: '公司设立登记（即办件）',
    department: '市场监督管理局',
    legalBasis:
      '《中华人民共和国市场主体登记管理条例》第十九条：登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。' +
      '不能当场登记的，应当在3个工作日内予以登记；情形复杂的，经登记机关负责人批准，可以再延长3个工作日。',
    flowKey: 'instant',
    statutoryDays: 3,
    promisedDays: 0,
    fees: '不收费',
    windowAuthority: '市政务服务中心市场监督管理局窗口（首席代表）',
    jointHandling: false,
  },
];
