import { describe, expect, it } from 'vitest';
import { enumLabels as clientLabels } from '../../client/src/i18n/enums';
import { enumLabels as serverLabels } from '../src/common/enum-labels';

/**
 * The server writes enum labels into exports, reports and import templates from its own copy
 * of the dashboard's catalogue; a spreadsheet user compares the two, so they must not drift.
 */
describe('enum labels: the server copy equals the dashboard catalogue', () => {
  // The server copy holds the enums files use (not the dashboard-only ones such as EmailStatus).
  it('has the enums that files use, recommendations included', () => {
    expect(Object.keys(serverLabels)).toEqual(
      expect.arrayContaining(['Sector', 'IssueArea', 'ActionStatus', 'CaseOutcome', 'RecommendationStatus', 'RecommendationResponse']),
    );
  });

  for (const name of Object.keys(serverLabels) as (keyof typeof serverLabels)[]) {
    it(`${name}: same values, same order, same words`, () => {
      expect(Object.keys(clientLabels)).toContain(name);
      const client = (clientLabels as Record<string, Record<string, readonly string[]>>)[name];
      expect(Object.entries(serverLabels[name])).toEqual(Object.entries(client));
    });
  }
});
