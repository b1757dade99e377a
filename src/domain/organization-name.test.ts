import { describe, expect, it } from 'vitest';
import { organizationNameKey } from './organization-name';

describe('organizationNameKey', () => {
  it('reads names the same whatever their case and spacing', () => {
    expect(organizationNameKey('  Contoso   LTD ')).toBe(organizationNameKey('Contoso Ltd'));
    expect(organizationNameKey('Contoso Ltd')).not.toBe(organizationNameKey('Contoso Ltd.'));
  });
});
