import type { Plugin } from 'vite';
import appConfig from './app-config.json' with { type: 'json' };

/**
 * Emits the Zalo Mini App's `app-config.json` next to the build, listing the files the Zalo
 * runtime must load: the entry module and its stylesheets. Lazily loaded chunks (and their CSS)
 * are fetched by the entry itself, so they stay out of the lists.
 */
export function zaloAppConfig(): Plugin {
  return {
    name: 'motcua:zalo-app-config',
    apply: 'build',
    generateBundle(_options, bundle) {
      const listCSS: string[] = [];
      const listSyncJS: string[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        listSyncJS.push(output.fileName);
        listCSS.push(...(output.viteMetadata?.importedCss ?? []));
      }
      this.emitFile({
        type: 'asset',
        fileName: 'app-config.json',
        source: `${JSON.stringify({ ...appConfig, listCSS, listSyncJS, listAsyncJS: [] }, null, 2)}\n`,
      });
    },
  };
}
