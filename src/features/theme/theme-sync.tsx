import { useEffect, useSyncExternalStore } from 'react';
import { useThemeStore } from '../../stores/theme-store';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches;
}

/** The theme in force: the one chosen, or the system's. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useThemeStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark);
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Puts the theme on <html>, where the colour tokens switch on it. */
export function ThemeSync() {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}
