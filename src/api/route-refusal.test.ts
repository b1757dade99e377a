import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, routeRefusal } from './client';

const refusal = (errors?: Record<string, string>) =>
  new ApiError({ type: 'about:blank', title: 'The request was refused', status: 422, ...(errors ? { errors } : {}) });

describe('routeRefusal', () => {
  it('puts a refusal the API pinned on the field under that field, and nothing on the form', () => {
    const toField = vi.fn();
    const toForm = vi.fn();
    routeRefusal('name', toField, toForm)(refusal({ name: 'Another team of your MSP has this name' }));
    expect(toField).toHaveBeenCalledWith('Another team of your MSP has this name');
    expect(toForm).not.toHaveBeenCalled();
  });

  it('gives the form anything else: another field’s refusal, a refusal of no field, the network', () => {
    for (const failure of [
      refusal({ email: 'Enter an email address' }),
      refusal(),
      new NetworkError(new Error('down')),
    ]) {
      const toField = vi.fn();
      const toForm = vi.fn();
      routeRefusal('name', toField, toForm)(failure);
      expect(toField).not.toHaveBeenCalled();
      expect(toForm).toHaveBeenCalledWith(failure);
    }
  });
});
