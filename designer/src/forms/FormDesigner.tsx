// The form designer: lists a state's forms and edits one (fields, rules, translations, preview).
import type { EditorProps } from '../draft/types.ts';

export function FormDesigner(props: EditorProps) {
  return (
    <section aria-labelledby="forms-heading">
      <h1 id="forms-heading">Forms ({props.code})</h1>
    </section>
  );
}
