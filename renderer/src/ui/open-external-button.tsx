import type { ReactNode } from 'react';
import { useBridge } from '../bridge/bridge-context.tsx';

/**
 * Opens a documentation page in the system browser through main, which only opens the
 * addresses it allowlists (electron/main/window/external-links.ts); the window itself never
 * navigates away.
 */
export function OpenExternalButton({ url, children }: { url: string; children: ReactNode }) {
  const bridge = useBridge();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => void bridge.app.openExternal({ url }).catch(() => undefined)}
    >
      {children}
      <span aria-hidden="true"> ↗</span>
    </button>
  );
}
