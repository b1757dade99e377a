import { describe, expect, it } from 'vitest';
import { deviceName, LAST_ADMIN_REFUSAL, lastAdminRefusal, type StaffStanding } from './staff-rules';

const team: StaffStanding[] = [
  { id: 'a', role: 'admin', active: true },
  { id: 'b', role: 'admin', active: false },
  { id: 't', role: 'technician', active: true },
];

describe('lastAdminRefusal', () => {
  it('refuses to demote or deactivate the only active Admin', () => {
    expect(lastAdminRefusal(team, 'a', { role: 'sales', active: true })).toBe(LAST_ADMIN_REFUSAL);
    expect(lastAdminRefusal(team, 'a', { role: 'admin', active: false })).toBe(LAST_ADMIN_REFUSAL);
  });

  it('lets it go ahead when another active Admin remains, or the target is not an active Admin', () => {
    const two = [...team, { id: 'c', role: 'admin' as const, active: true }];
    expect(lastAdminRefusal(two, 'a', { role: 'technician', active: true })).toBeNull();
    expect(lastAdminRefusal(team, 't', { role: 'technician', active: false })).toBeNull();
    expect(lastAdminRefusal(team, 'b', { role: 'sales', active: false })).toBeNull();
    expect(lastAdminRefusal(team, 'a', { role: 'admin', active: true })).toBeNull();
  });
});

describe('deviceName', () => {
  it('names the browser and the system', () => {
    expect(
      deviceName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
      ),
    ).toBe('Chrome on Windows');
    expect(deviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe(
      'Firefox on macOS',
    );
    expect(
      deviceName(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iOS');
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0')).toBe(
      'Edge on Linux',
    );
    expect(deviceName('curl/8.5.0')).toBe('curl');
    expect(deviceName(null)).toBe('Unknown device');
  });
});
