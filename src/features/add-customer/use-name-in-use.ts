import { useQuery } from '@tanstack/react-query';
import { organizationNameUseQueryOptions } from '../../api/accounts';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { cleanOrganizationName } from '../../domain/organization-name';

/**
 * A warning when other accounts of this MSP already have the name being typed:
 * two customers may share a name, but a second account of one is more often a
 * mistake. The server folds case and spaces (organizationNameKey).
 */
export function useNameInUse(name: string): string | undefined {
  const settled = useDebouncedValue(cleanOrganizationName(name), 300);
  const { data } = useQuery(organizationNameUseQueryOptions(settled));
  const accounts = data?.accounts ?? [];
  const first = accounts[0];
  if (!first || cleanOrganizationName(name) !== settled) return undefined;
  if (accounts.length === 1)
    return `Another account is already called ${first.organizationName} (${first.accountNumber}). You can still add this one.`;
  const numbers = accounts.map((account) => account.accountNumber).join(', ');
  return `${accounts.length} accounts are already called ${first.organizationName} (${numbers}). You can still add this one.`;
}
