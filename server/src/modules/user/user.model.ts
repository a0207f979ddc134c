import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums';

@ObjectType('User', { simpleResolvers: true })
export class UserModel {
  @Field(() => ID)
  id!: number;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'False once an administrator has deactivated the account; it can no longer sign in.' })
  active!: boolean;

  provinceCode!: string | null;
  agencyId!: number | null;
}

export const USER_COLUMNS = `u.id, u.email, u.display_name as "displayName", u.role, u.active,
  u.province_code as "provinceCode", u.agency_id as "agencyId"`;
