/**
 * Text as the account search compares it: accents dropped, case folded,
 * runs of spaces made one. The memory store and the SQL store (which keeps
 * the result in a column, since PostgreSQL's unaccent is not immutable and so
 * cannot be indexed) use this one function, so both find the same accounts.
 */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** What one account is found by: its organization name, its email and its account number. */
export function accountSearchText(account: { organizationName: string; email: string; accountNumber: string }): string {
  return foldSearchText(`${account.organizationName} ${account.email} ${account.accountNumber}`);
}

/**
 * The words of a search. An account matches when every word occurs in its
 * search text, so "contoso ltd", "ltd contoso" and "müller" find what a
 * person means, in any word of the name, the email or the number.
 */
export function searchWords(query: string): string[] {
  const folded = foldSearchText(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

export function matchesSearch(searchText: string, words: readonly string[]): boolean {
  return words.every((word) => searchText.includes(word));
}
