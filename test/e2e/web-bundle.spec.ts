import { type Face, firstLoadChunks, modulesOf, readWebBundle, type WebBundle } from '../utils/web-bundle';

/** The designer's toolkit: its pages, the canvas, the layout engine and the dashboard's charts. */
const HEAVY = [
  { name: 'the designer', test: /^apps\/web\/src\/designer\/(?!i18n\/)/ },
  { name: 'the flow canvas', test: /^apps\/web\/src\/flow-canvas\// },
  { name: 'elkjs', test: /node_modules\/elkjs\// },
  { name: '@xyflow', test: /node_modules\/@xyflow\// },
  { name: 'ECharts', test: /node_modules\/(echarts|echarts-for-react|zrender)\// },
];

function heavyIn(bundle: WebBundle, face: Face): string[] {
  const modules = modulesOf(bundle, firstLoadChunks(bundle, face));
  return HEAVY.flatMap(({ name, test }) => {
    const found = modules.filter((id) => test.test(id));
    return found.length > 0
      ? [`${name}: ${found.slice(0, 3).join(', ')}${found.length > 3 ? ` … (${found.length})` : ''}`]
      : [];
  });
}

describe('the built web app is split so that each face loads only what it shows', () => {
  let bundle: WebBundle;
  beforeAll(() => {
    bundle = readWebBundle();
  });

  it.each<Face>(['home', 'portal'])(
    '%s: the first load holds no designer, canvas, elkjs, @xyflow or ECharts',
    (face) => {
      expect(heavyIn(bundle, face)).toEqual([]);
    },
  );

  it('the workbench and supervision first loads leave the designer and elkjs out too', () => {
    for (const face of ['workbench', 'supervision'] as const) {
      expect(heavyIn(bundle, face).filter((line) => /^(the designer|elkjs)/.test(line))).toEqual([]);
    }
  });

  it('no other face loads the administration screens, and they load with their own face', () => {
    const admin = /^apps\/web\/src\/admin\/(?!i18n\/)/;
    for (const face of ['home', 'portal', 'workbench', 'supervision', 'designer'] as const) {
      expect(modulesOf(bundle, firstLoadChunks(bundle, face)).filter((id) => admin.test(id))).toEqual([]);
    }
    expect(modulesOf(bundle, firstLoadChunks(bundle, 'admin')).some((id) => admin.test(id))).toBe(true);
  });

  it('the designer still gets its canvas (the check sees what a chunk holds)', () => {
    expect(heavyIn(bundle, 'designer').some((line) => line.startsWith('@xyflow'))).toBe(true);
  });

  it('elkjs is fetched only on demand, never in any first load', () => {
    const elk = Object.entries(bundle.modules).filter(([, modules]) =>
      Object.keys(modules).some((id) => id.includes('node_modules/elkjs/')),
    );
    expect(elk.length).toBeGreaterThan(0);
    for (const face of ['home', 'portal', 'workbench', 'supervision', 'designer'] as const) {
      const files = firstLoadChunks(bundle, face);
      expect(files.filter((file) => elk.some(([chunk]) => chunk === file))).toEqual([]);
    }
  });
});
