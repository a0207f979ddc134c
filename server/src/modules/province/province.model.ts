import { Field, ObjectType } from 'type-graphql';

@ObjectType('Province', {
  simpleResolvers: true,
  description: 'A province (provinsi), identified by its two-digit Kemendagri code, e.g. "52" for Nusa Tenggara Barat.',
})
export class ProvinceModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  /** ISO 3166-2:ID code without "ID-", used as the case-code prefix. */
  @Field({ description: 'ISO 3166-2:ID subdivision code without the "ID-" prefix, e.g. "KB".' })
  isoCode!: string;
}

@ObjectType('Regency', {
  simpleResolvers: true,
  description: 'A regency (kabupaten) or city (kota), identified by its code, e.g. "52.71" for Kota Mataram.',
})
export class RegencyModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  provinceCode!: string;
}
