import * as contract from '@tongban/api-contract';
import {
  auditChanges,
  CODE_PATTERN,
  emailChannelRequest,
  robotChannelRequest,
  smsChannelRequest,
  catalogRequest,
  centerTree,
  newCenterRequest,
  newUserRequest,
  PASSWORD_MIN,
  promiseWithinStatute,
  officeHoursRequest,
  settingsRequest,
  userPatch,
  USERNAME_PATTERN,
} from '../forms';
import type { AdminUser, Center } from '../types';

const province: Center = { id: 'gd', name: '广东省政务服务中心', level: 'province', parentId: null };
const city: Center = { id: 'sz', name: '深圳市政务服务中心', level: 'city', parentId: 'gd' };
const county: Center = { id: 'ft', name: '福田区政务服务中心', level: 'county', parentId: 'sz' };

describe('centerTree', () => {
  it('nests each center under its parent, in list order', () => {
    const tree = centerTree([county, province, city]);
    expect(tree.map((node) => node.center.id)).toEqual(['gd']);
    expect(tree[0].children[0].center.id).toBe('sz');
    expect(tree[0].children[0].children[0].center.id).toBe('ft');
  });

  it('makes a center whose parent is out of scope a root', () => {
    expect(centerTree([city, county]).map((node) => node.center.id)).toEqual(['sz']);
  });
});

describe('newCenterRequest', () => {
  it('opens the next level down under the parent', () => {
    expect(newCenterRequest(city, { id: ' ns ', name: ' 南山区政务服务中心 ' })).toEqual({
      id: 'ns',
      name: '南山区政务服务中心',
      level: 'county',
      parentId: 'sz',
    });
  });

  it('refuses a child of a county center', () => {
    expect(() => newCenterRequest(county, { id: 'x', name: 'x' })).toThrow();
  });
});

describe('newUserRequest', () => {
  it('trims and sends empty optional fields as null', () => {
    expect(
      newUserRequest({
        username: ' li.si ',
        password: ' secret-pass ',
        name: ' 李四 ',
        roles: ['officer'],
        department: '',
        centerId: 'sz',
        email: '  ',
        phone: '13800000000',
      }),
    ).toEqual({
      username: 'li.si',
      password: ' secret-pass ',
      name: '李四',
      roles: ['officer'],
      department: null,
      centerId: 'sz',
      email: null,
      phone: '13800000000',
    });
  });
});

describe('userPatch', () => {
  const user: AdminUser = {
    username: 'zhang',
    name: '张三',
    roles: ['reviewer', 'officer'],
    department: 'planning',
    centerId: 'sz',
    email: null,
    phone: null,
    chiefRepresentative: false,
    disabled: false,
    createdAt: '2026-12-01T00:00:00Z',
  };
  const unchanged = {
    name: '张三',
    roles: user.roles,
    department: 'planning',
    chiefRepresentative: false,
    email: '',
    phone: null,
  };

  it('is null when nothing changed (roles compare as a set)', () => {
    expect(userPatch(user, { ...unchanged, roles: ['officer', 'reviewer'] })).toBeNull();
  });

  it('names only the changed fields', () => {
    expect(
      userPatch(user, { ...unchanged, roles: ['head', 'reviewer'], chiefRepresentative: true, department: '' }),
    ).toEqual({
      roles: ['head', 'reviewer'],
      chiefRepresentative: true,
      department: null,
    });
  });
});

describe('auditChanges', () => {
  it('lists the fields that differ', () => {
    expect(
      auditChanges(
        { name: '甲', roles: ['officer'], disabled: false },
        { name: '乙', roles: ['officer'], disabled: true },
      ),
    ).toEqual([
      { field: 'name', before: '甲', after: '乙' },
      { field: 'disabled', before: 'false', after: 'true' },
    ]);
  });

  it('shows a creation as every field from nothing', () => {
    expect(auditChanges(null, { code: 'fire', name: '消防' })).toEqual([
      { field: 'code', before: '—', after: 'fire' },
      { field: 'name', before: '—', after: '消防' },
    ]);
  });

  it('compares plain values as one row, and nothing when equal', () => {
    expect(auditChanges(3, 5)).toEqual([{ field: '', before: '3', after: '5' }]);
    expect(auditChanges(null, null)).toEqual([]);
  });
});

describe('settingsRequest', () => {
  const numbers = [
    { name: 'supplementDays', min: 1, max: 60 },
    { name: 'extensionMaxDays', min: 1, max: 60 },
  ];

  it('sends every listed field, an empty number as null, and nothing else', () => {
    expect(
      settingsRequest({ supplementDays: 15, extensionMaxDays: undefined, deemedAcceptance: false, stray: 1 }, numbers, [
        'deemedAcceptance',
      ]),
    ).toEqual({ supplementDays: 15, extensionMaxDays: null, deemedAcceptance: false });
  });
});

describe('catalogRequest', () => {
  const form = {
    code: ' fire-check ',
    name: ' 消防验收 ',
    department: 'fire',
    legalBasis: ' 《消防法》第十三条 ',
    flowKey: 'fire-check',
    statutoryDays: 20,
    promisedDays: 10,
  };

  it('trims, defaults the fee to 不收费 and leaves materials to the flow', () => {
    expect(catalogRequest(form)).toEqual({
      code: 'fire-check',
      name: '消防验收',
      department: 'fire',
      legalBasis: '《消防法》第十三条',
      flowKey: 'fire-check',
      statutoryDays: 20,
      promisedDays: 10,
      fees: '不收费',
      windowAuthority: '',
      jointHandling: false,
    });
  });

  it('keeps a promise within the statutory limit', () => {
    expect(promiseWithinStatute(form)).toBe(true);
    expect(promiseWithinStatute({ statutoryDays: 5, promisedDays: 6 })).toBe(false);
  });
});

describe('the form rules are the contract rules', () => {
  it('checks usernames, center ids, department codes and passwords as the server does', () => {
    expect(USERNAME_PATTERN.source).toBe(contract.USERNAME_PATTERN.source);
    expect(PASSWORD_MIN).toBe(contract.MIN_PASSWORD_LENGTH);
    for (const candidate of [
      'fire',
      'futian-2',
      'a',
      'Fire',
      '2fire',
      'fire_x',
      `f${'x'.repeat(39)}`,
      `f${'x'.repeat(40)}`,
    ]) {
      expect([candidate, CODE_PATTERN.test(candidate)]).toEqual([
        candidate,
        contract.createDepartmentInputSchema.shape.code.safeParse(candidate).success,
      ]);
    }
  });
});

describe('emailChannelRequest', () => {
  const form = {
    enabled: true,
    host: ' smtp.example.cn ',
    port: 465,
    secure: true,
    from: ' 通办 <noreply@example.cn> ',
  };

  it('sends the e-mail settings and keeps the other channels as they are', () => {
    expect(
      emailChannelRequest(
        { ...form, user: '', password: '' },
        { email: null, sms: { urlHost: 'sms.example.cn' }, dingtalk: null, wecom: null },
      ),
    ).toEqual({
      email: { host: 'smtp.example.cn', port: 465, secure: true, from: '通办 <noreply@example.cn>', user: null },
      sms: {},
      dingtalk: null,
      wecom: null,
    });
  });

  it('sends a new password only when one is typed, and null to turn e-mail off', () => {
    expect(
      emailChannelRequest(
        { ...form, user: 'robot', password: 's3cret' },
        { email: null, sms: null, dingtalk: null, wecom: null },
      ).email,
    ).toMatchObject({
      user: 'robot',
      password: 's3cret',
    });
    expect(
      emailChannelRequest(
        { enabled: false },
        { email: null, sms: null, dingtalk: { webhookHost: 'oapi.dingtalk.com' }, wecom: null },
      ),
    ).toEqual({
      email: null,
      sms: null,
      dingtalk: {},
      wecom: null,
    });
  });
});

describe('the other channels', () => {
  const email = { host: 'smtp.example.cn', port: 465, secure: true, from: '通办 <noreply@example.cn>', user: null };
  const current = { email: { ...email, passwordSet: true }, sms: null, dingtalk: null, wecom: { webhookHost: 'x' } };

  it('sends the SMS gateway with a typed URL and token; blank ones are left out so the stored ones stay', () => {
    expect(smsChannelRequest({ enabled: true, url: ' https://sms.example.cn/send ', token: 't0ken' }, current)).toEqual(
      {
        email,
        sms: { url: 'https://sms.example.cn/send', token: 't0ken' },
        dingtalk: null,
        wecom: {},
      },
    );
    expect(smsChannelRequest({ enabled: true, url: ' ', token: '' }, current).sms).toEqual({});
    expect(smsChannelRequest({ enabled: false, url: 'https://x' }, current).sms).toBeNull();
  });

  it('sends a robot’s webhook only when one is typed, and null to turn it off', () => {
    expect(
      robotChannelRequest('dingtalk', { enabled: true, webhook: 'https://oapi.dingtalk.com/robot/send?a=1' }, current),
    ).toEqual({ email, sms: null, dingtalk: { webhook: 'https://oapi.dingtalk.com/robot/send?a=1' }, wecom: {} });
    expect(robotChannelRequest('wecom', { enabled: true }, current).wecom).toEqual({});
    expect(robotChannelRequest('wecom', { enabled: false, webhook: 'https://x' }, current).wecom).toBeNull();
  });
});

describe('officeHoursRequest', () => {
  it('sends the filled sessions in order of their start and null when none is filled', () => {
    expect(
      officeHoursRequest([
        { from: '13:30', to: '17:00' },
        { from: ' 09:00', to: '12:00 ' },
        { from: '', to: '' },
      ]),
    ).toEqual([
      { from: '09:00', to: '12:00' },
      { from: '13:30', to: '17:00' },
    ]);
    expect(officeHoursRequest([{ from: '', to: '' }])).toBeNull();
    expect(officeHoursRequest(undefined)).toBeNull();
  });

  it('keeps a half-filled session so that the server names what is wrong with it', () => {
    expect(officeHoursRequest([{ from: '09:00' }])).toEqual([{ from: '09:00', to: '' }]);
  });
});
