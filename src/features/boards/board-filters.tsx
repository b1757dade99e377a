import { useId } from 'react';
import { boardQueryRules, endsWithinDays, type AccountSort } from '../../api/contract';
import { commitOnEnterOrBlur } from '../../components/commit-on-enter';
import { DayRangeField } from '../../components/day-range-field';
import '../../components/range-field.css';
import type { BoardStatus } from '../../domain/account-status';
import type { BoardFindSearch } from './board-find-search';

const sortLabels: Record<AccountSort, string> = {
  newest: 'Newest first',
  name: 'Name (A–Z)',
  users: 'Most monitored users',
  trialEnd: 'Trial ends soonest',
  seats: 'Most seats',
  nextCharge: 'Largest next charge',
};

const endsWithinLabels: Record<number, string> = {
  0: 'Ending today',
  3: 'Ending within 3 days',
  7: 'Ending within 7 days',
  14: 'Ending within 14 days',
};

const paidFlags = [
  ['overSeats', 'Over their seats'],
  ['pendingDecrease', 'Seat decrease pending'],
  ['cancelling', 'Cancelling'],
] as const;

interface BoardFiltersProps {
  status: BoardStatus;
  search: BoardFindSearch;
  onChange: (patch: Partial<BoardFindSearch>) => void;
}

const optionalInt = (value: string) => (value === '' || !/^\d+$/.test(value) ? undefined : Number(value));

/** One end of the users range, applied on Enter or on leaving the box. */
function UsersBound({
  label,
  placeholder,
  value,
  onApply,
}: {
  label: string;
  placeholder: string;
  value: number | undefined;
  onApply: (value: number | undefined) => void;
}) {
  return (
    <input
      type="number"
      min={0}
      inputMode="numeric"
      className="field__input board-filters__number"
      aria-label={label}
      placeholder={placeholder}
      defaultValue={value ?? ''}
      key={value ?? ''}
      {...commitOnEnterOrBlur((text) => onApply(optionalInt(text)))}
    />
  );
}

/** The sort and the filters that fit the board; every change goes to the URL. */
export function BoardFilters({ status, search, onChange }: BoardFiltersProps) {
  const id = useId();
  const rules = boardQueryRules[status];
  const fits = (filter: string) => (rules.filters as readonly string[]).includes(filter);
  const sort = (rules.sorts as readonly AccountSort[]).includes(search.sort) ? search.sort : rules.defaultSort;
  return (
    <div className="board-filters">
      <div className="board-filters__field">
        <label htmlFor={`${id}-sort`}>Sort</label>
        <select
          id={`${id}-sort`}
          className="field__input"
          value={sort}
          onChange={(event) => onChange({ sort: event.target.value as AccountSort })}
        >
          {rules.sorts.map((option) => (
            <option key={option} value={option}>
              {sortLabels[option]}
            </option>
          ))}
        </select>
      </div>
      {fits('endsWithin') ? (
        <div className="board-filters__field">
          <label htmlFor={`${id}-ends`}>Trial end</label>
          <select
            id={`${id}-ends`}
            className="field__input"
            value={search.endsWithin ?? ''}
            onChange={(event) =>
              onChange({ endsWithin: event.target.value === '' ? undefined : Number(event.target.value) })
            }
          >
            <option value="">Any time</option>
            {endsWithinDays.map((days) => (
              <option key={days} value={days}>
                {endsWithinLabels[days]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {paidFlags
        .filter(([flag]) => fits(flag))
        .map(([flag, label]) => (
          <label key={flag} className="board-filters__check">
            <input
              type="checkbox"
              checked={search[flag] === true}
              onChange={(event) => onChange({ [flag]: event.target.checked ? true : undefined })}
            />
            {label}
          </label>
        ))}
      <DayRangeField
        legend="Created"
        fromLabel="Created from"
        toLabel="Created to"
        from={search.createdFrom}
        to={search.createdTo}
        onFromChange={(createdFrom) => onChange({ createdFrom })}
        onToChange={(createdTo) => onChange({ createdTo })}
      />
      <fieldset className="range-field">
        <legend>Monitored users</legend>
        <UsersBound
          label="At least this many users"
          placeholder="Min"
          value={search.usersMin}
          onApply={(usersMin) => onChange({ usersMin })}
        />
        <UsersBound
          label="At most this many users"
          placeholder="Max"
          value={search.usersMax}
          onApply={(usersMax) => onChange({ usersMax })}
        />
      </fieldset>
    </div>
  );
}
