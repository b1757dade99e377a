import { describe, expect, it } from 'vitest';
import { accountSearchText, foldSearchText, matchesSearch, searchWords } from './search-text';

describe('foldSearchText', () => {
  it('drops accents, folds case and spaces', () => {
    expect(foldSearchText('  Société   GÉNÉRALE Müller ')).toBe('societe generale muller');
    expect(foldSearchText('Ångström Ñandú')).toBe('angstrom nandu');
  });
});

describe('searching accounts', () => {
  const text = accountSearchText({
    organizationName: 'Café Müller GmbH',
    email: 'Ops@Cafe-Mueller.example',
    accountNumber: 'AC-100042',
  });

  it('finds by any word of the name, in any case, with or without accents', () => {
    for (const query of ['muller', 'MÜLLER', 'café', 'gmbh cafe', 'Mül'])
      expect(matchesSearch(text, searchWords(query))).toBe(true);
  });

  it('finds by email and by account number', () => {
    expect(matchesSearch(text, searchWords('ops@cafe-mueller'))).toBe(true);
    expect(matchesSearch(text, searchWords('ac-100042'))).toBe(true);
    expect(matchesSearch(text, searchWords('100042'))).toBe(true);
  });

  it('needs every word to match', () => {
    expect(matchesSearch(text, searchWords('muller contoso'))).toBe(false);
  });

  it('treats an empty query as no search', () => {
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords('a  a')).toEqual(['a']);
  });
});
