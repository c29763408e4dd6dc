import { centerLineage, centerSubtree } from './center-tree';
import {
  definitionAccess,
  mayEditDefinition,
  mayUseDefinition,
  mayViewDefinitionVersion,
  visibleDefinitions,
} from './definition-access';
import { catalogItemAccess, intakeRefusal, mayEditCatalogItem, resolveCatalogCenter } from './catalog-tenancy';

// A province with one city, the city with two sibling counties; a second, unrelated top-level center.
const tree = [
  { id: 'province', parentId: null },
  { id: 'city', parentId: 'province' },
  { id: 'county-a', parentId: 'city' },
  { id: 'county-b', parentId: 'city' },
  { id: 'other-root', parentId: null },
];

describe('center tree', () => {
  it('walks up nearest first and down from the center', () => {
    expect(centerLineage(tree, 'county-a')).toEqual(['county-a', 'city', 'province']);
    expect(centerSubtree(tree, 'city')).toEqual(['city', 'county-a', 'county-b']);
    expect(centerSubtree(tree, 'county-b')).toEqual(['county-b']);
    expect(centerLineage(tree, 'nowhere')).toEqual([]);
    expect(centerSubtree(tree, 'nowhere')).toEqual([]);
  });

  it('stops on a cycle put in by hand', () => {
    const looped = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ];
    expect(centerLineage(looped, 'x')).toEqual(['x', 'y']);
    expect(centerSubtree(looped, 'x')).toEqual(['x', 'y']);
  });
});

describe('definitionAccess', () => {
  it('a center edits its own flows and its children’s', () => {
    expect(definitionAccess({ tree, caller: 'county-a', owner: 'county-a' })).toBe('edit');
    expect(definitionAccess({ tree, caller: 'city', owner: 'county-a' })).toBe('edit');
    expect(definitionAccess({ tree, caller: 'province', owner: 'county-b' })).toBe('edit');
  });

  it('a child uses a parent’s flow and never edits it', () => {
    expect(definitionAccess({ tree, caller: 'county-a', owner: 'city' })).toBe('use');
    expect(definitionAccess({ tree, caller: 'county-a', owner: 'province' })).toBe('use');
    expect(mayEditDefinition({ tree, caller: 'county-a', owner: 'city' })).toBe(false);
  });

  it('siblings and other trees do not see each other’s flows', () => {
    expect(definitionAccess({ tree, caller: 'county-a', owner: 'county-b' })).toBe('none');
    expect(definitionAccess({ tree, caller: 'other-root', owner: 'city' })).toBe('none');
    expect(definitionAccess({ tree, caller: 'city', owner: 'province' })).toBe('use');
  });

  it('shipped flows belong to the deployment: top-level centers edit them, the others use them', () => {
    expect(definitionAccess({ tree, caller: 'province', owner: null })).toBe('edit');
    expect(definitionAccess({ tree, caller: 'other-root', owner: null })).toBe('edit');
    expect(definitionAccess({ tree, caller: 'county-b', owner: null })).toBe('use');
    expect(definitionAccess({ tree, caller: 'unknown', owner: null })).toBe('none');
  });

  it('use means published versions only', () => {
    const facts = { tree, caller: 'county-a', owner: 'city' };
    expect(mayUseDefinition({ ...facts, status: 'published' })).toBe(true);
    expect(mayUseDefinition({ ...facts, status: 'draft' })).toBe(false);
    expect(mayUseDefinition({ ...facts, owner: 'county-b', status: 'published' })).toBe(false);
    expect(mayViewDefinitionVersion({ ...facts, status: 'draft' })).toBe(false);
    expect(mayViewDefinitionVersion({ ...facts, status: 'published' })).toBe(true);
    expect(mayViewDefinitionVersion({ ...facts, owner: 'county-a', status: 'draft' })).toBe(true);
  });

  it('visibleDefinitions keeps what the caller may see, with its access', () => {
    const flows = [
      { key: 'mine', centerId: 'county-a' },
      { key: 'parent', centerId: 'city' },
      { key: 'sibling', centerId: 'county-b' },
      { key: 'shipped', centerId: null },
    ];
    expect(visibleDefinitions(tree, 'county-a', flows).map((f) => [f.key, f.access])).toEqual([
      ['mine', 'edit'],
      ['parent', 'use'],
      ['shipped', 'use'],
    ]);
  });
});

describe('resolveCatalogCenter', () => {
  it('a requested center names its own item or none', () => {
    expect(resolveCatalogCenter({ holders: ['city', 'county-a'], requested: 'county-a', caller: 'city' })).toEqual({
      centerId: 'county-a',
    });
    expect(resolveCatalogCenter({ holders: ['city'], requested: 'county-a' })).toEqual({ refusal: 'not-found' });
  });

  it('prefers the caller’s center, then the default center', () => {
    const holders = ['city', 'county-a', 'county-b'];
    expect(resolveCatalogCenter({ holders, caller: 'county-b', fallback: 'city' })).toEqual({ centerId: 'county-b' });
    expect(resolveCatalogCenter({ holders, caller: null, fallback: 'city' })).toEqual({ centerId: 'city' });
  });

  it('the only holder answers; several others are ambiguous', () => {
    expect(resolveCatalogCenter({ holders: ['county-a'], caller: 'city', fallback: 'city' })).toEqual({
      centerId: 'county-a',
    });
    expect(resolveCatalogCenter({ holders: ['county-b', 'county-a'], caller: 'city', fallback: 'city' })).toEqual({
      refusal: 'ambiguous',
      centers: ['county-a', 'county-b'],
    });
    expect(resolveCatalogCenter({ holders: [], caller: 'city' })).toEqual({ refusal: 'not-found' });
  });
});

describe('catalog items and intake', () => {
  it('a center edits its own items and its children’s, not a parent’s or a sibling’s', () => {
    expect(mayEditCatalogItem({ tree, caller: 'city', owner: 'county-a' })).toBe(true);
    expect(mayEditCatalogItem({ tree, caller: 'county-a', owner: 'county-a' })).toBe(true);
    expect(mayEditCatalogItem({ tree, caller: 'county-a', owner: 'city' })).toBe(false);
    expect(mayEditCatalogItem({ tree, caller: 'county-a', owner: 'county-b' })).toBe(false);
    expect(catalogItemAccess({ tree, caller: 'county-a', owner: 'city' })).toBe('parent');
    expect(catalogItemAccess({ tree, caller: 'county-a', owner: 'county-b' })).toBe('none');
    expect(catalogItemAccess({ tree, caller: 'city', owner: 'county-b' })).toBe('edit');
  });

  const intake = {
    tree,
    item: { centerId: 'county-a', retired: false },
    flow: { owner: 'city', published: true },
    byOfficer: false,
    submitterCenter: 'county-a',
  };

  it('an officer takes in only its own center’s items; an applicant applies anywhere; a retired item takes none', () => {
    expect(intakeRefusal({ ...intake, byOfficer: true, submitterCenter: 'city' })).toBe('other-center');
    expect(intakeRefusal({ ...intake, byOfficer: true })).toBeNull();
    expect(intakeRefusal({ ...intake, submitterCenter: 'city' })).toBeNull();
    expect(intakeRefusal({ ...intake, item: { centerId: 'county-a', retired: true } })).toBe('item-retired');
  });

  it('at submit the item’s flow must still be published and usable by the item’s center', () => {
    expect(intakeRefusal({ ...intake, flow: { owner: 'county-a', published: true } })).toBeNull();
    expect(intakeRefusal({ ...intake, flow: { owner: 'province', published: true } })).toBeNull();
    expect(intakeRefusal({ ...intake, flow: { owner: null, published: true } })).toBeNull();
    // A sibling's or another tree's flow, whoever submits.
    expect(intakeRefusal({ ...intake, flow: { owner: 'county-b', published: true } })).toBe('flow-not-usable');
    expect(intakeRefusal({ ...intake, flow: { owner: 'other-root', published: true } })).toBe('flow-not-usable');
    // The item's center left the tree (or was never in it): no flow of a center is usable.
    expect(intakeRefusal({ ...intake, item: { centerId: 'gone', retired: false } })).toBe('flow-not-usable');
    expect(intakeRefusal({ ...intake, flow: { owner: 'city', published: false } })).toBe('flow-not-published');
    // Retirement and another center's window answer first: they hold whatever the flow.
    expect(
      intakeRefusal({
        ...intake,
        item: { centerId: 'county-a', retired: true },
        flow: { owner: 'x', published: false },
      }),
    ).toBe('item-retired');
  });
});
