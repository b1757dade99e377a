import { useId, useState, type ReactNode } from 'react';

export interface Assignee {
  id: string;
  name: string;
  /** Said after the name, muted (a staff member's role). */
  note?: string;
}

interface AssigneeSectionProps {
  title: string;
  /** Who has the account now; undefined while loading. */
  current: readonly Assignee[] | undefined;
  loadFailed: boolean;
  emptyText: string;
  /** Who it can be assigned to besides; shown only where the caller may assign. */
  options: readonly { id: string; label: string }[];
  canAssign: boolean;
  /** When the picker is offered: always by default, or only when it has something to pick. */
  offerPicker?: boolean;
  /** Said instead of the picker when it is not offered. */
  noPickerText?: ReactNode;
  pickerLabel: string;
  placeholder: string;
  assignLabel: string;
  unassignLabel: (assignee: Assignee) => string;
  pending: boolean;
  problem: { title: string; detail?: string } | null;
  onChange: (id: string, assign: boolean, done: () => void) => void;
}

/**
 * An account page's section of who the account is assigned to, with the Unassign buttons and the picker for an
 * Admin: staff and teams say the same things in the same shape.
 */
export function AssigneeSection(props: AssigneeSectionProps) {
  const { current, canAssign, pending, problem } = props;
  const [chosen, setChosen] = useState('');
  const id = useId();
  const offerPicker = props.offerPicker ?? true;

  return (
    <section className="account-page__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      {props.loadFailed ? (
        <p className="muted">{props.title} could not be loaded.</p>
      ) : !current ? (
        <p className="muted">Loading…</p>
      ) : current.length === 0 ? (
        <p className="muted">{props.emptyText}</p>
      ) : (
        <ul className="assignee-list" aria-label={props.title}>
          {current.map((assignee) => (
            <li key={assignee.id}>
              <span className="assignee-list__name">{assignee.name}</span>
              {assignee.note ? (
                <>
                  {' '}
                  <span className="muted">{assignee.note}</span>
                </>
              ) : null}
              {canAssign ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={props.unassignLabel(assignee)}
                  disabled={pending}
                  onClick={() => props.onChange(assignee.id, false, () => setChosen(''))}
                >
                  Unassign
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAssign && !offerPicker ? props.noPickerText : null}
      {canAssign && offerPicker ? (
        <form
          className="assign-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) props.onChange(chosen, true, () => setChosen(''));
          }}
        >
          <label htmlFor={`${id}-pick`}>{props.pickerLabel}</label>
          <select
            id={`${id}-pick`}
            className="field__input"
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">{props.placeholder}</option>
            {props.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={!chosen || pending}>
            {props.assignLabel}
          </button>
        </form>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem.title}
          {problem.detail ? ` ${problem.detail}` : ''}
        </p>
      ) : null}
    </section>
  );
}
