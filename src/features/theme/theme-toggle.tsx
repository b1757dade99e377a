import { useThemeStore } from '../../stores/theme-store';
import { useResolvedTheme } from './theme-sync';

export function ThemeToggle() {
  const theme = useResolvedTheme();
  const setTheme = useThemeStore((state) => state.setTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button button--quiet icon-button"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => setTheme(next)}
    >
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {theme === 'dark' ? (
          <path
            fill="currentColor"
            d="M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10Zm0-5 1 3h-2l1-3Zm0 20-1-3h2l-1 3ZM2 12l3-1v2l-3-1Zm20 0-3 1v-2l3 1ZM4.9 4.9l2.9 1.4-1.5 1.5-1.4-2.9Zm14.2 14.2-2.9-1.4 1.5-1.5 1.4 2.9Zm0-14.2-1.4 2.9-1.5-1.5 2.9-1.4ZM4.9 19.1l1.4-2.9 1.5 1.5-2.9 1.4Z"
          />
        ) : (
          <path fill="currentColor" d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" />
        )}
      </svg>
    </button>
  );
}
