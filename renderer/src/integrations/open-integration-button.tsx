import type { ReactNode } from 'react';
import { useNavigation } from '../layout/navigation.tsx';

/**
 * A button that opens an integration's page (its row's "Manage", the plaintext notice's
 * "Rotate", a failing test's name). `label` names the integration where the visible text alone
 * would not (several rows each say "Manage").
 */
export function OpenIntegrationButton({
  id,
  className,
  label,
  children,
}: {
  id: string;
  className: string;
  label?: string;
  children: ReactNode;
}) {
  const { navigate } = useNavigation();
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      onClick={() => navigate({ name: 'integration', id })}
    >
      {children}
    </button>
  );
}
