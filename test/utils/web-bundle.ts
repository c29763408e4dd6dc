import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server-process';

/** One entry of Vite's `.vite/manifest.json` (keys are source paths, or `_name-hash.js` for shared chunks). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export const webDist = path.join(repoRoot, 'apps/web/dist');

/** The route modules that routes.tsx loads lazily, one per face. */
export const FACE_ENTRIES = {
  home: 'index.html',
  portal: 'src/portal/PortalRoutes.tsx',
  workbench: 'src/workbench/WorkbenchRoutes.tsx',
  supervision: 'src/supervision/SupervisionRoutes.tsx',
  designer: 'src/designer/DesignerPage.tsx',
  admin: 'src/admin/AdminRoutes.tsx',
} as const;
export type Face = keyof typeof FACE_ENTRIES;

export interface WebBundle {
  manifest: Record<string, ManifestChunk>;
  /** Chunk file → bundled module (repo-relative path) → rendered length; written by vite.config.ts. */
  modules: Record<string, Record<string, number>>;
}

export function readWebBundle(dist = webDist): WebBundle {
  const read = (name: string) => {
    const file = path.join(dist, '.vite', name);
    if (!fs.existsSync(file)) throw new Error(`${file} missing: build the web app first (npx nx run web:build)`);
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  };
  return { manifest: read('manifest.json'), modules: read('chunk-modules.json') };
}

/**
 * The chunk files a browser fetches before a face can render: the app entry, the face's route chunk, and
 * everything either imports statically (Vite preloads those with the route chunk). Dynamic imports are not
 * followed: they load later, on demand.
 */
export function firstLoadChunks(bundle: WebBundle, face: Face): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = bundle.manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}: did routes.tsx change?`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(FACE_ENTRIES.home);
  visit(FACE_ENTRIES[face]);
  return [...seen].map((key) => bundle.manifest[key].file);
}

/** The modules bundled into the given chunk files. */
export function modulesOf(bundle: WebBundle, files: string[]): string[] {
  return files.flatMap((file) => Object.keys(bundle.modules[file] ?? {}));
}
