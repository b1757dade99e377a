import { useId } from 'react';
import { historyActions } from '../../api/activity-contract';
import { commitOnEnterOrBlur } from '../../components/commit-on-enter';
import { DayRangeField } from '../../components/day-range-field';
import { actionLabel, type ActivitySearch } from './activity-search';

interface ActivityFiltersProps {
  search: ActivitySearch;
  onChange: (patch: Partial<ActivitySearch>) => void;
}

/** A text filter, applied on Enter or on leaving it; an emptied one leaves the URL. */
function TextFilter({
  label,
  value,
  placeholder,
  onApply,
}: {
  label: string;
  value: string | undefined;
  placeholder: string;
  onApply: (value: string | undefined) => void;
}) {
  const id = useId();
  const apply = (text: string) => {
    const trimmed = text.trim() || undefined;
    if (trimmed !== value) onApply(trimmed);
  };
  return (
    <div className="activity-filters__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="field__input"
        type="search"
        autoComplete="off"
        placeholder={placeholder}
        defaultValue={value ?? ''}
        key={value ?? ''}
        {...commitOnEnterOrBlur(apply)}
      />
    </div>
  );
}

/** Activity's filters: by action, account, staff member and days (inclusive, UTC); every change goes to the URL. */
export function ActivityFilters({ search, onChange }: ActivityFiltersProps) {
  const id = useId();
  const narrowed = Object.values(search).some((value) => value !== undefined);
  return (
    <div className="activity-filters" role="group" aria-label="Filter activity">
      <div className="activity-filters__field">
        <label htmlFor={`${id}-action`}>Action</label>
        <select
          id={`${id}-action`}
          className="field__input"
          value={search.action ?? ''}
          onChange={(event) => onChange({ action: (event.target.value || undefined) as ActivitySearch['action'] })}
        >
          <option value="">Any action</option>
          {historyActions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action)}
            </option>
          ))}
        </select>
      </div>
      <TextFilter
        label="Account"
        placeholder="Account number"
        value={search.account}
        onApply={(account) => onChange({ account })}
      />
      <TextFilter
        label="Staff member"
        placeholder="Email, or system"
        value={search.actor}
        onApply={(actor) => onChange({ actor })}
      />
      <DayRangeField
        legend="Days (UTC)"
        fromLabel="From day"
        toLabel="To day"
        from={search.from}
        to={search.to}
        onFromChange={(from) => onChange({ from })}
        onToChange={(to) => onChange({ to })}
      />
      {narrowed ? (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            onChange({ action: undefined, account: undefined, actor: undefined, from: undefined, to: undefined })
          }
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
