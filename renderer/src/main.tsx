import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root.tsx';
import { resolveBridge } from './bridge/resolve-bridge.ts';
import { createI18n, initialLanguage } from './preferences/i18n.ts';
import { readCachedPreferences } from './preferences/storage.ts';
import { applyTheme } from './preferences/theme.ts';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

// Theme and language from the last run's cache first, so the first paint already looks right;
// main's settings take over as soon as the bridge answers (preferences-context.tsx).
applyTheme(readCachedPreferences().theme);
const i18n = createI18n(initialLanguage());
const root = createRoot(container);

void resolveBridge().then((bridge) => {
  root.render(<AppRoot bridge={bridge} i18n={i18n} />);
});
