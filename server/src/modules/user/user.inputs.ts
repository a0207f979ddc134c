import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../common/enums';
import { MAX_LENGTH, MIN_PASSWORD_LENGTH } from '../../common/limits';
import { EmailAddress, MaxText, MinText, NotBlank } from '../../common/validation';

@InputType()
export class CreateUserInput {
  @EmailAddress()
  @Field()
  email!: string;

  @NotBlank()
  @MaxText(MAX_LENGTH.displayName)
  @Field()
  displayName!: string;

  @MinText(MIN_PASSWORD_LENGTH)
  @MaxText(MAX_LENGTH.password, { trim: false })
  @Field({ description: 'At least 12 characters.' })
  password!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Required for COORDINATOR: the province coordinated.' })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for MEMBER: the agency worked for. Optional for OVERSIGHT: the oversight body (sector OVERSIGHT) the account issues recommendations for.' })
  agencyId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.displayName)
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates the account and ends all its sessions.' })
  active?: boolean | null;

  @MinText(MIN_PASSWORD_LENGTH)
  @Field(() => String, { nullable: true, description: 'A new password (at least 12 characters); ends all sessions.' })
  password?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the email or name.' })
  search?: string | null;
}
