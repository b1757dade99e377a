import './range-field.css';

interface DayRangeFieldProps {
  legend: string;
  /** The accessible names of the two date boxes ("From day", "Created from"…): tests and screen readers find them so. */
  fromLabel: string;
  toLabel: string;
  from: string | undefined;
  to: string | undefined;
  /** An emptied box is undefined, so that it leaves the URL instead of standing there as `from=`. */
  onFromChange: (day: string | undefined) => void;
  onToChange: (day: string | undefined) => void;
}

/** A from–to pair of calendar days for a filter, each applied as soon as it is picked. */
export function DayRangeField({ legend, fromLabel, toLabel, from, to, onFromChange, onToChange }: DayRangeFieldProps) {
  return (
    <fieldset className="range-field">
      <legend>{legend}</legend>
      <input
        type="date"
        className="field__input"
        aria-label={fromLabel}
        value={from ?? ''}
        onChange={(event) => onFromChange(event.target.value || undefined)}
      />
      <input
        type="date"
        className="field__input"
        aria-label={toLabel}
        value={to ?? ''}
        onChange={(event) => onToChange(event.target.value || undefined)}
      />
    </fieldset>
  );
}
