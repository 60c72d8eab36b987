// A small History-API router: the app has five screens, and leaving unsaved work asks first.
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

type Guard = () => string | undefined;
const guards = new Set<Guard>();
const listeners = new Set<() => void>();

/** Registers a check run before navigating away; it returns a question to confirm, or undefined to let go. */
export function addNavigationGuard(guard: Guard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

function confirmLeave(): boolean {
  for (const guard of guards) {
    const question = guard();
    if (question && !window.confirm(question)) return false;
  }
  return true;
}

/** Goes to a path of the app (after asking if there is unsaved work). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (!confirmLeave()) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

let current = location.pathname + location.search;
window.addEventListener('popstate', () => {
  const next = location.pathname + location.search;
  // Back/forward cannot be cancelled before it happens: undo it if the user chooses to stay.
  if (!confirmLeave()) {
    history.pushState(null, '', current);
    return;
  }
  current = next;
  listeners.forEach((l) => l());
});

/** The current path and query, re-rendering on navigation. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => {
      current = location.pathname + location.search;
      setTick((n) => n + 1);
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return { path: location.pathname, search: new URLSearchParams(location.search) };
}

/** An in-app link: a real <a href> (keyboard, middle-click) that navigates without reloading. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
