// A text input that edits locally and commits on blur or Enter, so one edit is one undo step.
import { useEffect, useState, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onCommit: (value: string) => void;
  /** A message shown as the input's error; the value is not committed while it is set. */
  validate?: (value: string) => string | undefined;
}

export function CommitInput({ value, onCommit, validate, id, ...rest }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const error = validate?.(text);
  const commit = () => {
    if (text !== value && !error) onCommit(text);
  };
  return (
    <>
      <input
        {...rest}
        id={id}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error && id ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(value);
        }}
      />
      {error ? (
        <span className="field-error" id={id ? `${id}-error` : undefined} role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
