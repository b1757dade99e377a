import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from './media-type';

describe('the JSON media type', () => {
  it.each([
    'application/json',
    'APPLICATION/JSON',
    'Application/Json; charset=utf-8',
    ' application/json ;charset=UTF-8',
  ])('accepts %j', (header) => expect(isJsonMediaType(header)).toBe(true));

  it.each([
    'text/plain; charset=application/json',
    'application/jsonx',
    'application/json-patch+json',
    'text/json',
    'json',
    '',
    undefined,
  ])('refuses %j', (header) => expect(isJsonMediaType(header)).toBe(false));
});
