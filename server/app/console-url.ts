import type { ConsoleUrlFor } from './present-account';

/** The built-in stand-in for the customer's console: a page of this app that says which account it opened. */
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
