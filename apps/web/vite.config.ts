import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Writes `.vite/chunk-modules.json` (chunk file → the modules bundled into it, repo-relative, with their
 * rendered length before minification) beside Vite's
 * manifest, which names chunks and their imports but not their contents. The bundle-split test reads both
 * to prove what each face's first load contains. Dot-directories are not served, like the manifest.
 */
function chunkModules(): Plugin {
  return {
    name: 'tongban:chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const relative = (id: string) => path.relative(repoRoot, id.replace(/\0/g, '')).split(path.sep).join('/');
      const modules: Record<string, Record<string, number>> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        modules[output.fileName] = Object.fromEntries(
          Object.entries(output.modules).map(([id, module]) => [relative(id), module.renderedLength]),
        );
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: JSON.stringify(modules, null, 1) });
    },
  };
}

/** Ant Design and the packages only it uses (rc components, css-in-js, dayjs for its pickers). */
const ANTD =
  /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|dayjs|@babel[\\/]runtime|@emotion|stylis|clsx|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|is-mobile|react-is)[\\/]/;

export default defineConfig({
  plugins: [react(), chunkModules()],
  resolve: {
    alias: {
      '@tongban/flow-model': lib('flow-model'),
      '@tongban/flow-engine': lib('flow-engine'),
      '@tongban/work-calendar': lib('work-calendar'),
      '@tongban/api-contract': lib('api-contract'),
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // entriesAware names a chunk after the faces sharing it (antd~PortalRoutes~WorkbenchRoutes); the file
        // keeps only the group's name, so no face's name appears in another face's downloads.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
        // Vendor code apart from app code, so a release that changes only app code leaves the big chunks cached.
        // React and the router are needed by every page: one chunk. Ant Design is split by which faces use each
        // part (entriesAware): the home page gets the core, the portal adds only the components the faces share
        // and its own, never the designer's.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack)[\\/]/,
              priority: 30,
            },
            { name: 'antd', test: ANTD, priority: 20, entriesAware: true },
          ],
        },
      },
    },
  },
});
