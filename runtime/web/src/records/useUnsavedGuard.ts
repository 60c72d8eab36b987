// Asks before unsaved edits are lost: closing or reloading the tab, and navigating inside the app.
import { useEffect } from 'react';
import { addNavigationGuard } from '../app/router';

/** While `dirty`, the browser asks before unloading and in-app navigation asks `question`. */
export function useUnsavedGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show their (fixed, untranslatable) question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    const removeGuard = addNavigationGuard(() => question);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      removeGuard();
    };
  }, [dirty, question]);
}
