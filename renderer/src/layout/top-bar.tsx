import { AppearanceSelects } from '../preferences/appearance-selects.tsx';

/** Language and theme, reachable from every screen (signed in or not). */
export function TopBar() {
  return (
    <div className="top-bar">
      <AppearanceSelects />
    </div>
  );
}
