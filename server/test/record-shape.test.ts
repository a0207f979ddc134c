import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordShapes, type RecordShape } from '../src/common/record-shape';
import { AGENCY_SHAPE } from '../src/modules/agency/agency.sql';
import { getSchema } from '../src/schema';

/** The field resolvers of `model`, by field name (the schema must be built). */
function fieldResolversOf(model: Function): string[] {
  return getMetadataStorage()
    .fieldResolvers.filter((f) => (f.resolverClassMetadata?.getObjectType() ?? f.getObjectType?.()) === model)
    .map((f) => f.schemaName);
}

beforeAll(async () => {
  await getSchema();
});

describe('RecordShape', () => {
  it('knows what every field resolver of a shaped model reads, and only columns of the shape', () => {
    const shapes = recordShapes() as RecordShape<object>[];
    expect(shapes).toContain(AGENCY_SHAPE);
    for (const shape of shapes) {
      const fields = fieldResolversOf(shape.model);
      expect(fields.length, shape.model.name).toBeGreaterThan(0);
      for (const field of fields) {
        const reads = shape.readsFor(field);
        expect(reads, `${shape.model.name}.${field} declares no columns: add @Reads(${shape.model.name}, ...) to its resolver`).toBeDefined();
        for (const key of reads!) expect(shape.keys, `${shape.model.name}.${field} reads ${key}`).toContain(key);
      }
    }
  });

  it("fetches the id, the selected columns and what the selected field resolvers declare", () => {
    expect(AGENCY_SHAPE.keysFor(['name', 'province'])).toEqual(['id', 'name', 'provinceCode']);
    expect(AGENCY_SHAPE.keysFor(['networks', '__typename'])).toEqual(['id']);
    expect(AGENCY_SHAPE.keysFor(['regency', 'viewerCanUpdate'])).toEqual(['id', 'provinceCode', 'regencyCode']);
    expect(AGENCY_SHAPE.keysFor(['province'], ['province'])).toEqual(['id']);
  });

  it('fetches every column for a field it does not know', () => {
    expect(AGENCY_SHAPE.keysFor(['name', 'somethingNew'])).toEqual(AGENCY_SHAPE.keys);
    expect(AGENCY_SHAPE.keysFor(['toString'])).toEqual(AGENCY_SHAPE.keys);
  });
});
