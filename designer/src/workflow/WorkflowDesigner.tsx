// The workflow designer: stages and transitions of a state's workflows as a graph and a table.
import type { EditorProps } from '../draft/types.ts';

export function WorkflowDesigner(props: EditorProps) {
  return <section aria-label="Workflows">{props.slug}</section>;
}
