import type { ConsoleUrlFor } from './present-account';

/** With no customer console configured, Open account leads to a page of this app that says so plainly. */
export const standInConsoleUrl: ConsoleUrlFor = (accountNumber) => `/demo-console/${encodeURIComponent(accountNumber)}`;

/**
 * Where "Open account" leads: the product's own console, given as a URL
 * template with `{accountNumber}` in it (CUSTOMER_CONSOLE_URL), or the
 * stand-in page when none is configured.
 */
export function consoleUrlFromTemplate(template: string | undefined): ConsoleUrlFor {
  const trimmed = template?.trim();
  if (!trimmed) return standInConsoleUrl;
  if (!trimmed.includes('{accountNumber}'))
    throw new Error(
      'CUSTOMER_CONSOLE_URL must contain {accountNumber}, e.g. https://console.example.com/a/{accountNumber}',
    );
  return (accountNumber) => trimmed.replaceAll('{accountNumber}', encodeURIComponent(accountNumber));
}
