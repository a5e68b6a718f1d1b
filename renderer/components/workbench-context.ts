/**
 * Hands the workbench (all stores and actions) to every screen without prop drilling. Screens
 * reach the backend only through these actions, never through the client directly.
 */
import { createContext, useContext } from 'react';
import type { Workbench } from '../state/workbench.js';

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (workbench === null) {
    throw new Error('useWorkbench() needs a <WorkbenchContext.Provider> above it');
  }
  return workbench;
}
