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

export const MEETING_COLUMNS = `m.id, m.title, m.held_on as "heldOn", m.summary, m.province_code as "provinceCode", m.network_id as "networkId"`;
