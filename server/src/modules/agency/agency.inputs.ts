import { Field, InputType } from 'type-graphql';
import { AgencyLevel, Sector } from '../../common/enums';
import { MAX_LENGTH } from '../../common/limits';
import { MaxText, NotBlank } from '../../common/validation';

@InputType()
export class AgencyFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or acronym, case-insensitive.' })
  search?: string | null;

  @Field(() => AgencyLevel, { nullable: true })
  level?: AgencyLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) agencies.' })
  active?: boolean | null;
}

@InputType()
export class CreateAgencyInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field()
  name!: string;

  @MaxText(MAX_LENGTH.acronym)
  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => AgencyLevel)
  level!: AgencyLevel;

  @Field(() => String, { nullable: true, description: 'Required unless level is NATIONAL.' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when level is REGENCY.' })
  regencyCode?: string | null;
}

@InputType()
export class UpdateAgencyInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field(() => String, { nullable: true })
  name?: string | null;

  @MaxText(MAX_LENGTH.acronym)
  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
