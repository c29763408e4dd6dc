// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package and by function. Used by --profile.
import fs from 'node:fs';

function packageOf(url, name) {
  if (['(idle)', '(program)', '(garbage collector)'].includes(name)) return name;
  if (!url) return '(native)';
  const match = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes('apps/api/dist')) return 'apps/api';
  const lib = /\/libs\/([^/]+)\//.exec(url);
  if (lib) return `libs/${lib[1]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url.split('/').slice(-2).join('/');
}

export function summariseProfile(file, top = 12) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map();
  const byFunction = new Map();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, percent: Number(((us / total) * 100).toFixed(1)) }));
  return { totalMs: Math.round(total / 1000), byPackage: rank(byPackage), byFunction: rank(byFunction) };
}
