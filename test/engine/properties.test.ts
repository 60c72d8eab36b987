// Permission and workflow invariants of the minimal state, under random journeys (fast-check).
import { describe, it } from 'vitest';
import { minimalSource, mustLoad } from '../support/fixture';
import { assertProjectionWithinReadable, assertRequiredFormsComplete, forRandomJourneys } from '../support/properties';

const deployment = mustLoad(minimalSource());

describe('invariants of the minimal state', () => {
  it('a user never sees a field outside their readable set, nor a record of another state or district', () => {
    forRandomJourneys(deployment, 'cncp', (record, users) => assertProjectionWithinReadable(deployment, record, users));
  });

  it('no sequence of events enters a stage without its required forms', () => {
    forRandomJourneys(deployment, 'cncp', (record) => assertRequiredFormsComplete(deployment, record));
  });
});
