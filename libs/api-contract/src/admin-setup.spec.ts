import { planFirstAdmin } from './admin-setup';

describe('planFirstAdmin: where `create-admin` puts the first admin', () => {
  test('an empty database gets the named root center (city by default, or the level given)', () => {
    expect(planFirstAdmin({ username: 'root', center: 'sz', centerName: ' 深圳市政务服务中心 ' }, [])).toEqual({
      ok: true,
      centerId: 'sz',
      newCenter: { id: 'sz', name: '深圳市政务服务中心', level: 'city' },
    });
    expect(
      planFirstAdmin({ username: 'root', center: 'gd', centerName: '广东省', level: 'province' }, []),
    ).toMatchObject({
      newCenter: { level: 'province' },
    });
  });

  test('an existing center is used as it is; without --center the one root center', () => {
    const centers = [
      { id: 'sz', parentId: null },
      { id: 'ft', parentId: 'sz' },
    ];
    expect(planFirstAdmin({ username: 'root', center: 'ft' }, centers)).toEqual({
      ok: true,
      centerId: 'ft',
      newCenter: null,
    });
    expect(planFirstAdmin({ username: 'root' }, centers)).toEqual({ ok: true, centerId: 'sz', newCenter: null });
  });

  test('refuses with a reason: no center anywhere, an unknown one beside existing ones, several roots, bad input', () => {
    const refusals = [
      planFirstAdmin({ username: 'root' }, []),
      planFirstAdmin({ username: 'root', center: 'sz' }, []),
      planFirstAdmin({ username: 'root', center: 'new', centerName: '新中心' }, [{ id: 'sz', parentId: null }]),
      planFirstAdmin({ username: 'root' }, [
        { id: 'a1', parentId: null },
        { id: 'b1', parentId: null },
      ]),
      planFirstAdmin({ username: 'Root' }, [{ id: 'sz', parentId: null }]),
      planFirstAdmin({ username: 'root', center: 'Bad Id', centerName: 'x' }, []),
      planFirstAdmin({ username: 'root', center: 'sz', centerName: 'x', level: 'town' }, []),
    ];
    for (const plan of refusals) expect(plan).toMatchObject({ ok: false, message: expect.any(String) });
  });
});
