import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@ObjectType('Meeting', { simpleResolvers: true, description: 'A coordination meeting (rapat koordinasi, pertemuan jejaring) and what it decided.' })
export class MeetingModel {
  @Field(() => ID)
  id!: number;

  @Field()
  title!: string;

  @Field(() => DateScalar)
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'Short minutes: decisions and follow-ups; never personal data about victims.' })
  summary!: string | null;

  provinceCode!: string | null;
  networkId!: number | null;
}
