import { defineConfig } from 'vite';

// The portal's browser files: one module per page that needs script (the framework browser, the
// self-assessment, the profile, a published release) and the shared stylesheet. `base: ''` makes every URL in the
// output relative, so the same build works under any city's prefix (`/ravenna/assets/...`).
export default defineConfig({
  base: '',
  publicDir: false,
  build: {
    outDir: 'dist/client',
    assetsDir: '',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        framework: 'client/framework.ts',
        assessment: 'client/assessment.ts',
        profile: 'client/profile.ts',
        results: 'client/results.ts',
        'programme-evaluation': 'client/programme-evaluation.ts',
        'needs-report': 'client/needs-report.ts',
        questionnaire: 'client/questionnaire.ts',
        poster: 'client/poster.css',
        portal: 'client/portal.css',
      },
    },
  },
});
