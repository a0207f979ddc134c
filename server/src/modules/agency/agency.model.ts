import { Field, ID, ObjectType } from 'type-graphql';
import { AgencyLevel, Sector } from '../../common/enums';
import { RecordShape } from '../../common/record-shape';

@ObjectType('Agency', { simpleResolvers: true, description: 'A member agency: a service unit, police unit, court, NGO, oversight body...' })
export class AgencyModel {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => AgencyLevel)
  level!: AgencyLevel;

  @Field()
  active!: boolean;

  provinceCode!: string | null;
  regencyCode!: string | null;
}

export const AGENCY_COLUMNS = `a.id, a.name, a.acronym, a.sector, a.level, a.active,
  a.province_code as "provinceCode", a.regency_code as "regencyCode"`;

/** AGENCY_COLUMNS as a shape (see RecordShape), with what AgencyResolver's field resolvers read: keep in step. */
export const AGENCY_SHAPE = new RecordShape(AGENCY_COLUMNS, AgencyModel, {
  province: ['provinceCode'],
  regency: ['regencyCode'],
  networks: ['id'],
  viewerCanUpdate: ['provinceCode'],
});
