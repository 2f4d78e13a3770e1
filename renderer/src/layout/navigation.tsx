import { createContext, useContext } from 'react';
import { useFocusOnMount } from '../ui/use-focus-on-mount.ts';

/** The app's few screens; a router library would add nothing for four views in one window. */
export type View =
  | { name: 'integrations' }
  | { name: 'integration'; id: string }
  | { name: 'activity' }
  | { name: 'settings' };

export interface Navigation {
  view: View;
  navigate: (view: View) => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation needs a NavigationContext provider');
  return value;
}

/** Screens focus their heading when they appear, so keyboard users land at the top. */
export const usePageHeadingFocus = useFocusOnMount;
