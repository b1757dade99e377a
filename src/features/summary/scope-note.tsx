import { useQuery } from '@tanstack/react-query';
import { summaryQueryOptions } from '../../api/accounts';
import { visibilityLabels } from '../../domain/permissions';
import './summary.css';

/**
 * Says, beside the header's figures, when they count only part of the MSP's
 * fleet: the accounts the signed-in role sees (every figure, board and list
 * is counted the same way by the API).
 */
export function ScopeNote() {
  const summary = useQuery(summaryQueryOptions());
  const scope = summary.data?.scope;
  if (!scope || scope === 'all') return null;
  return (
    <p className="scope-note" data-testid="scope-note">
      <span className="scope-note__label">Counting</span> {visibilityLabels[scope]}
    </p>
  );
}
