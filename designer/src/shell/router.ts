// A tiny client router under /designer: the path as state, navigate() with history, links that do not reload.
import { useEffect, useState } from 'react';

export const basePath = '/designer';
const listeners = new Set<() => void>();

/** The path below /designer ("/GJ/forms"), always starting with "/". */
export function currentPath(): string {
  const path = window.location.pathname.startsWith(basePath) ? window.location.pathname.slice(basePath.length) : window.location.pathname;
  return path || '/';
}

/** Goes to a path below /designer. */
export function navigate(to: string, replace = false): void {
  const url = basePath + (to.startsWith('/') ? to : `/${to}`);
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listeners.forEach((l) => l());
}

/** The current path, re-rendering on navigation and on back/forward. */
export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}
