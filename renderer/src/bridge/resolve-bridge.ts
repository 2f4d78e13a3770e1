import type { AtergesBridge } from '../../../shared/ipc/bridge.ts';

/** A real bridge has every domain's methods; the skeleton preload's `{ version: 1 }` does not. */
export function isBridge(value: unknown): value is AtergesBridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<'on' | 'session' | 'integrations', unknown>>;
  const session = candidate.session as Partial<AtergesBridge['session']> | undefined;
  const integrations = candidate.integrations as Partial<AtergesBridge['integrations']> | undefined;
  return (
    typeof candidate.on === 'function' &&
    typeof session?.getState === 'function' &&
    typeof integrations?.list === 'function'
  );
}

interface ResolveOptions {
  candidate?: unknown;
  /** Only a development build may fall back to the in-memory bridge. */
  allowMock?: boolean;
  mockScenario?: string | null;
}

/**
 * The preload's bridge, or null. In production a missing bridge must surface as a fatal error
 * screen, never as a silently working fake: the `import.meta.env.DEV` branch below is removed
 * from production bundles, mock and all (checked by grepping `out/renderer`).
 */
export async function resolveBridge(options: ResolveOptions = {}): Promise<AtergesBridge | null> {
  const candidate = 'candidate' in options ? options.candidate : window.aterges;
  if (isBridge(candidate)) return candidate;
  if (import.meta.env.DEV && (options.allowMock ?? true)) {
    const { createMockBridge } = await import('../dev/mock-bridge.ts');
    return createMockBridge(
      options.mockScenario ?? new URLSearchParams(window.location.search).get('mock'),
    );
  }
  return null;
}
