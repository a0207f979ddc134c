import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { UserModel } from '../user/user.model';

@ObjectType('AuthPayload', { simpleResolvers: true })
export class AuthPayload {
  @Field({
    description: 'Bearer token for the Authorization header of API clients. The web client may use an httpOnly cookie instead.',
  })
  token!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => DateTimeScalar, { description: 'When the session ends unless the user signs out earlier.' })
  expiresAt!: string;
}
