import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums';

@ObjectType('User', { simpleResolvers: true })
export class UserModel {
  @Field(() => ID)
  id!: number;

  /** Resolved by UserResolver.email: only the user themself and ADMIN see it (user.policy.ts). */
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'False once an administrator has deactivated the account; it can no longer sign in.' })
  active!: boolean;

  provinceCode!: string | null;
  agencyId!: number | null;
  /** Set on the user a `login` returns: they are its viewer, though the request had none. */
  signingIn?: boolean;
}
