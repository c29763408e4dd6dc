import { type ReactNode, useId } from 'react';
import { t } from '../../i18n/t';
import { useDesigner } from '../state/DesignerContext';

/** `transient` edits update the canvas as you type; leaving the field commits them as one undo step. */
export type Edit<T> = (value: T, transient?: boolean) => void;

function useCommit() {
  const { dispatch } = useDesigner();
  return () => dispatch({ type: 'commit' });
}

interface FieldProps<T> {
  label: string;
  value: T;
  onEdit: Edit<T>;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
}

function Described({ id, hint, error }: { id: string; hint?: string; error?: string | null }) {
  return (
    <>
      {hint && !error && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-hint`} className="field__error" role="alert">
          {`⚠ ${error}`}
        </small>
      )}
    </>
  );
}

export function TextField({
  label,
  value,
  onEdit,
  hint,
  error,
  disabled,
  multiline,
}: FieldProps<string> & { multiline?: boolean }) {
  const id = useId();
  const commit = useCommit();
  const props = {
    id,
    value,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': hint || error ? `${id}-hint` : undefined,
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...props} rows={3} onChange={(event) => onEdit(event.target.value, true)} />
      ) : (
        <input {...props} type="text" onChange={(event) => onEdit(event.target.value, true)} />
      )}
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** A whole number ≥ 0; empty means "not set". */
export function NumberField({
  label,
  value,
  onEdit,
  hint,
  error,
  disabled,
  placeholder,
}: FieldProps<number | undefined> & { placeholder?: string }) {
  const id = useId();
  const commit = useCommit();
  return (
    <div className="field field--number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        value={value ?? ''}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-hint` : undefined}
        onChange={(event) => {
          const text = event.target.value.trim();
          const number = Number.parseInt(text, 10);
          onEdit(text === '' || Number.isNaN(number) ? undefined : Math.max(0, number), true);
        }}
        onBlur={commit}
      />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  onEdit,
  options,
  hint,
  disabled,
}: FieldProps<T> & { options: { value: T; label: string }[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onEdit(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, value, onEdit, disabled }: FieldProps<boolean>) {
  return (
    <label className="field field--check">
      <input type="checkbox" checked={value} disabled={disabled} onChange={(event) => onEdit(event.target.checked)} />
      {label}
    </label>
  );
}

export function Section({ title, children, invalid }: { title: string; children: ReactNode; invalid?: boolean }) {
  return (
    <details className="props__section" open>
      <summary>
        {title}
        {invalid && (
          <span className="props__dot" aria-hidden="true">
            ●
          </span>
        )}
      </summary>
      {children}
    </details>
  );
}

export function ProblemList({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="props__problems" aria-label={t('designer.props.problems')}>
      {messages.map((message) => (
        <li key={message}>{`⚠ ${message}`}</li>
      ))}
    </ul>
  );
}
