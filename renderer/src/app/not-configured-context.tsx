import { createContext, useContext } from 'react';
import type { NotConfiguredSignal } from './not-configured-signal.ts';

export const NotConfiguredContext = createContext<NotConfiguredSignal | null>(null);

export function useNotConfiguredSignal(): NotConfiguredSignal {
  const signal = useContext(NotConfiguredContext);
  if (!signal) throw new Error('useNotConfiguredSignal needs a NotConfiguredContext provider');
  return signal;
}
