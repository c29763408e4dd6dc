import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { type ReactNode, useId } from 'react';
import { t } from '../../i18n/t';
import { useDesignerEdit } from '../state/DesignerContext';

/** `transient` edits update the canvas as you type; leaving the field commits them as one undo step. */
export type Edit<T> = (value: T, transient?: boolean) => void;

function useCommit() {
  const { dispatch } = useDesignerEdit();
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

/** The hint under a field, or its error (announced); `id` is what the control's aria-describedby names. */
function help(id: string, hint?: string, error?: string | null): ReactNode {
  if (error)
    return (
      <span id={`${id}-hint`} className="field__error" role="alert">
        {`⚠ ${error}`}
      </span>
    );
  return hint ? (
    <span id={`${id}-hint`} className="field__hint">
      {hint}
    </span>
  ) : undefined;
}

function described(id: string, hint?: string, error?: string | null) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': hint || error ? `${id}-hint` : undefined,
  };
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
    status: error ? ('error' as const) : undefined,
    ...described(id, hint, error),
    onBlur: commit,
  };
  return (
    <Form.Item className="field" label={label} htmlFor={id} help={help(id, hint, error)}>
      {multiline ? (
        <Input.TextArea {...props} autoSize={{ minRows: 3 }} onChange={(event) => onEdit(event.target.value, true)} />
      ) : (
        <Input {...props} onChange={(event) => onEdit(event.target.value, true)} />
      )}
    </Form.Item>
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
    <Form.Item className="field field--number" label={label} htmlFor={id} help={help(id, hint, error)}>
      <InputNumber<number>
        id={id}
        min={0}
        step={1}
        precision={0}
        inputMode="numeric"
        value={value ?? null}
        placeholder={placeholder}
        disabled={disabled}
        status={error ? 'error' : undefined}
        {...described(id, hint, error)}
        onChange={(number) => onEdit(number === null ? undefined : Math.max(0, Math.trunc(number)), true)}
        onBlur={commit}
      />
    </Form.Item>
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
    <Form.Item className="field" label={label} htmlFor={id} help={help(id, hint)}>
      <Select<T>
        id={id}
        value={value}
        disabled={disabled}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        {...described(id, hint)}
        onChange={(next) => onEdit(next)}
      />
    </Form.Item>
  );
}

export function CheckboxField({ label, value, onEdit, disabled }: FieldProps<boolean>) {
  return (
    <Form.Item className="field field--check">
      <Checkbox checked={value} disabled={disabled} onChange={(event) => onEdit(event.target.checked)}>
        {label}
      </Checkbox>
    </Form.Item>
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
