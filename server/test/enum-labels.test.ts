import { describe, expect, it } from 'vitest';
import { enumLabels as clientLabels, enumValues } from '../../client/src/i18n/enums';
import * as enums from '../src/common/enums';
import { enumFromCell, enumLabel, enumLabels as serverLabels } from '../src/common/enum-labels';
import { EmailStatus } from '../src/common/enums';

/**
 * One catalogue of enum labels: the dashboard shows the very words the server writes into
 * exports, reports and import templates (a spreadsheet user compares the two), so there is
 * no copy to drift. The type-checks hold each enum complete (server enums on one side, the
 * generated schema types on the other); these tests hold what they cannot see.
 */
describe('enum labels: one catalogue for the dashboard and the files', () => {
  it('the dashboard uses the server catalogue itself, not a copy', () => {
    expect(clientLabels).toBe(serverLabels);
  });

  it('has the enums that files use, recommendations included, and the dashboard-only EmailStatus', () => {
    expect(Object.keys(serverLabels)).toEqual(
      expect.arrayContaining(['Sector', 'IssueArea', 'ActionStatus', 'CaseOutcome', 'RecommendationStatus', 'RecommendationResponse', 'EmailStatus']),
    );
  });

  const serverEnums: Record<string, Record<string, string>> = { ...(enums as unknown as Record<string, Record<string, string>>), EmailStatus };
  for (const name of Object.keys(serverLabels) as (keyof typeof serverLabels)[]) {
    it(`${name}: a label in both languages for exactly the API's values`, () => {
      expect(serverEnums[name], `no server enum ${name}`).toBeDefined();
      expect([...enumValues(name)].sort()).toEqual(Object.values(serverEnums[name]).sort());
      for (const [value, pair] of Object.entries(serverLabels[name]) as [string, readonly [string, string]][]) {
        expect(pair[0].trim(), `${name}.${value} id`).not.toBe('');
        expect(pair[1].trim(), `${name}.${value} en`).not.toBe('');
        expect(enumLabel(name, value, 'id')).toBe(pair[0]);
        expect(enumFromCell(name, pair[1].toUpperCase())).toBe(value);
      }
    });
  }
});
