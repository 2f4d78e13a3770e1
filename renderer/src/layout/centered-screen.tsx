import type { ReactNode } from 'react';
import { Brand } from './brand.tsx';
import { TopBar } from './top-bar.tsx';

/**
 * The frame of every screen shown before the integration list (sign-in, the code, a new
 * password, a project to connect): the top bar, then the brand and a column of cards centred.
 */
export function CenteredScreen({
  width = 'narrow',
  children,
}: {
  width?: 'narrow' | 'wide';
  children: ReactNode;
}) {
  return (
    <div className="auth-layout">
      <TopBar />
      <main className="centered-screen">
        <div className={`stack card-${width}`}>
          <Brand />
          {children}
        </div>
      </main>
    </div>
  );
}
