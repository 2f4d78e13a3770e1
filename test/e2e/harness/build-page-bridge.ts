import { join } from 'node:path';
import { build } from 'vite';

/** Bundles `page-bridge.ts` into one classic script for `page.addInitScript`. */
export async function buildPageBridgeScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(import.meta.dirname, 'page-bridge.ts'),
        formats: ['iife'],
        name: 'atergesPageBridge',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('page bridge bundle produced no code');
}
