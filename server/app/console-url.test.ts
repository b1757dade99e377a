import { describe, expect, it } from 'vitest';
import { consoleUrlFromTemplate } from './console-url';

describe('the customer console link', () => {
  it('falls back to the built-in stand-in page', () => {
    expect(consoleUrlFromTemplate(undefined)('AC-100001')).toBe('/demo-console/AC-100001');
    expect(consoleUrlFromTemplate('  ')('AC-100001')).toBe('/demo-console/AC-100001');
  });

  it('fills in the account number of a configured template', () => {
    expect(consoleUrlFromTemplate('https://console.example.com/sso?account={accountNumber}')('AC-1 2')).toBe(
      'https://console.example.com/sso?account=AC-1%202',
    );
  });

  it('refuses a template without the account number, rather than link every account to one place', () => {
    expect(() => consoleUrlFromTemplate('https://console.example.com/')).toThrow(/\{accountNumber\}/);
  });
});
