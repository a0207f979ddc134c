import { Field, ID, ObjectType } from 'type-graphql';
import { AgencyLevel, Sector } from '../../common/enums';

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
