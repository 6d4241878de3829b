import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where this package's build puts the browser files (from src/web or dist/web alike). */
export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** The browser files of the portal, built by Vite (`vite build`, see vite.config.ts). */
export interface ClientAssets {
  /** The folder served under `<city>/assets/`. */
  root: string;
  /** The portal's stylesheet(s), relative to `root`. */
  styles: string[];
  /** A page's module script, relative to `root`. */
  scriptsFor(entry: string): string[];
}

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * Reads Vite's manifest of the built client. The page entries are `framework`, `assessment` and
 * `profile`; `portal` is the stylesheet every page links.
 *
 * @throws Error naming the folder and the command to run when the client is not built.
 */
export async function clientAssets(root: string): Promise<ClientAssets> {
  let manifest: Record<string, ManifestChunk>;
  const path = join(root, '.vite', 'manifest.json');
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, ManifestChunk>;
  } catch (error) {
    throw new Error(
      `The portal's browser files are not built: ${path} is missing or not JSON (${(error as Error).message}). Run "npm run build -w @competence-kit/server".`,
    );
  }
  const entries = new Map(
    Object.entries(manifest)
      .filter(([, chunk]) => chunk.isEntry && chunk.name)
      .map(([key, chunk]) => [chunk.name!, key]),
  );
  const styles = Object.values(manifest)
    .filter((chunk) => chunk.isEntry && chunk.file.endsWith('.css'))
    .map((chunk) => chunk.file);
  return {
    root,
    styles,
    scriptsFor(entry) {
      const key = entries.get(entry);
      if (!key) throw new Error(`The client build has no entry "${entry}" (${path}).`);
      // The entry module; the chunks it imports load with it.
      return [manifest[key]!.file];
    },
  };
}
