// The data of a state's scenario steps (workflows/<slug>/scenarios), reused by browser tests to prefill big forms.
import { readFileSync } from 'node:fs';
import { repoRoot } from '../support/fixture';

interface Step {
  do: string;
  form?: string;
  mode?: string;
  data?: Record<string, unknown>;
}

/** A scenario, and the data its first complete save of a form used. */
export function readScenario(slug: string, id: string) {
  const scenario = JSON.parse(readFileSync(`${repoRoot}workflows/${slug}/scenarios/${id}.json`, 'utf8')) as { steps: Step[] };
  return {
    save(form: string): Record<string, unknown> {
      const step = scenario.steps.find((s) => s.do === 'save' && s.form === form && s.mode === 'complete');
      if (!step?.data) throw new Error(`scenario ${slug}/${id} has no complete save of ${form}`);
      return structuredClone(step.data);
    },
  };
}
