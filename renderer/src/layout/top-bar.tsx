import { LanguageSelect } from '../preferences/language-select.tsx';
import { ThemeSelect } from '../preferences/theme-select.tsx';

/** Language and theme, reachable from every screen (signed in or not). */
export function TopBar() {
  return (
    <div className="top-bar">
      <LanguageSelect />
      <ThemeSelect />
    </div>
  );
}
