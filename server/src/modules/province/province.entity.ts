import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';

/** A province with its Kemendagri code; reference data loaded from idn-area-data. */
@Entity({ tableName: 'province' })
export class Province {
  @PrimaryKey({ type: 'string', length: 2 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** ISO 3166-2:ID subdivision code without the "ID-" prefix (e.g. "KB"); prefixes case codes. */
  @Property({ type: 'string', length: 3 })
  isoCode!: string;
}

/** A regency (kabupaten) or city (kota) with its Kemendagri code. */
@Entity({ tableName: 'regency' })
export class Regency {
  @PrimaryKey({ type: 'string', length: 5 })
  code!: string;

  @ManyToOne(() => Province, { fieldName: 'province_code', index: true })
  province!: Province;

  @Property({ type: 'string', length: 100 })
  name!: string;
}
