// The custom-elements manifest (custom-elements.json): every element's attributes, properties,
// events, slots, parts and CSS properties, read from the JSDoc of src/components/**. Written by
// `npm run build`; Storybook and editors read it.

/** `src/x/y.ts` (or `/src/x/y.js`) → `dist/x/y.js`: the manifest describes the published files. */
const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string')
        node[key] = toDist(value);
      else rewritePaths(value);
    }
  }
}

export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts', 'src/internal/ck-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'ck-published-api',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest);
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            // Private members are not API; CkElement's emit() dispatches every component's
            // events, which the components document themselves with @event.
            declaration.members &&= declaration.members.filter(
              (m) => m.privacy !== 'private' && !m.name.startsWith('#'),
            );
            declaration.events &&= declaration.events.filter(
              (e) => e.inheritedFrom?.name !== 'CkElement' && e.name !== 'name',
            );
          }
        }
      },
    },
  ],
};
