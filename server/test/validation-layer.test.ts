import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LENGTH, MIN_PASSWORD_LENGTH } from '../src/common/limits';
import { inputErrors, shapeErrors, validateInputArg } from '../src/common/validation';
import { CreateAgencyInput } from '../src/modules/agency/agency.inputs';
import { UpdateAgreementInput } from '../src/modules/agreement/agreement.inputs';
import { RecordMeetingInput } from '../src/modules/meeting/meeting.inputs';
import { CreateUserInput, UpdateUserInput } from '../src/modules/user/user.inputs';
import { expectRefused } from './support/api-helpers';
import { buildAgreement, signIn, type SignedIn } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';

/**
 * The validation layer (common/validation.ts): class-validator decorators on the input classes
 * hold the shape rules, with the limits of limits.ts and the codes, messages and details of
 * the services' own checks; type-graphql runs them on every GraphQL input, and a refusal looks
 * as it always did.
 */
const input = <T extends object>(cls: new () => T, values: Partial<T>): T => Object.assign(new cls(), values);

describe('the decorators of the input classes', () => {
  it('REQUIRED for blank text, TOO_LONG with the limit, counted after trimming', () => {
    expect(shapeErrors(input(CreateAgencyInput, { name: ' \u200B ', acronym: 'A'.repeat(MAX_LENGTH.acronym + 1) }))).toEqual({
      name: { code: 'REQUIRED', message: 'must not be empty' },
      acronym: { code: 'TOO_LONG', message: `must be at most ${MAX_LENGTH.acronym} characters`, max: MAX_LENGTH.acronym },
    });
    expect(shapeErrors(input(CreateAgencyInput, { name: `  ${'x'.repeat(MAX_LENGTH.title)}  `, acronym: null }))).toEqual({});
    expect(shapeErrors(input(RecordMeetingInput, { title: 'Rapat', attendeeIds: [] })).attendeeIds).toEqual({ code: 'TOO_FEW', message: 'must name at least one agency', min: 1 });
    expect(shapeErrors(input(RecordMeetingInput, { title: 'Rapat', summary: 's'.repeat(MAX_LENGTH.meetingSummary + 1) })).summary).toEqual({
      code: 'TOO_LONG',
      message: `must be at most ${MAX_LENGTH.meetingSummary} characters`,
      max: MAX_LENGTH.meetingSummary,
    });
  });

  it('INVALID for a malformed e-mail address, TOO_SHORT and TOO_LONG for passwords as typed', () => {
    const user = (values: Partial<CreateUserInput>) => shapeErrors(input(CreateUserInput, { email: 'a@b.id', displayName: 'A', password: 'p'.repeat(12), ...values }));
    expect(user({})).toEqual({});
    expect(user({ email: 'not an address' })).toEqual({ email: { code: 'INVALID', message: 'must be an email address' } });
    expect(user({ email: `${'a'.repeat(MAX_LENGTH.email)}@b.id` }).email).toMatchObject({ code: 'INVALID' });
    expect(user({ password: 'short' })).toEqual({
      password: { code: 'TOO_SHORT', message: `must be at least ${MIN_PASSWORD_LENGTH} characters`, min: MIN_PASSWORD_LENGTH },
    });
    expect(user({ password: ' '.repeat(MAX_LENGTH.password + 1) }).password).toMatchObject({ code: 'TOO_LONG', max: MAX_LENGTH.password });
  });

  it('lets null and absent fields of a change pass: they mean "unchanged" or "none", which the service decides', () => {
    expect(shapeErrors(input(UpdateAgreementInput, { title: null, reference: null }))).toEqual({});
    expect(shapeErrors(input(UpdateUserInput, {}))).toEqual({});
    expect(shapeErrors(input(UpdateAgreementInput, { title: '' }))).toEqual({ title: { code: 'REQUIRED', message: 'must not be empty' } });
  });

  it("a service's collector starts from what the layer found in its input, and only that input", () => {
    const checked = input(CreateAgencyInput, { name: '', acronym: null });
    validateInputArg(checked);
    expect(inputErrors(checked).has('name')).toBe(true);
    let thrown: unknown;
    try {
      inputErrors(checked).throwIfAny();
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: ['name'], fieldErrors: { name: { code: 'REQUIRED' } } } });
    expect(inputErrors(input(CreateAgencyInput, { name: '' })).has()).toBe(false);
  });
});

describe('through the API', () => {
  let t: TestHub;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestHub();
    admin = await signIn(t, 'ADMIN');
  });
  afterAll(() => t?.stop());

  it('refuses a too-long name with TOO_LONG and its limit, and creates nothing', async () => {
    const res = await expectRefused(
      t,
      () => t.gql('mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }', { in: { name: 'x'.repeat(MAX_LENGTH.title + 1), sector: 'POLICE', level: 'NATIONAL' } }, admin.token),
      { code: 'BAD_USER_INPUT', fields: ['name'] },
    );
    expect(res.errors![0].extensions.fieldErrors.name).toEqual({ code: 'TOO_LONG', message: `must be at most ${MAX_LENGTH.title} characters`, max: MAX_LENGTH.title });
  });

  it('refuses a malformed e-mail address with INVALID, and creates no account', async () => {
    const res = await expectRefused(
      t,
      () =>
        t.gql(
          'mutation($in: CreateUserInput!) { createUser(input: $in) { id } }',
          { in: { email: 'admin-at-example', displayName: 'Siti', password: 'p'.repeat(MIN_PASSWORD_LENGTH), role: 'ADMIN' } },
          admin.token,
        ),
      { code: 'BAD_USER_INPUT', fields: ['email'] },
    );
    expect(res.errors![0].extensions.fieldErrors.email).toEqual({ code: 'INVALID', message: 'must be an email address' });
  });

  it('refuses a blank title in a change with REQUIRED, and changes nothing', async () => {
    const agreement = await buildAgreement(t.sql, {});
    const title = async () => (await t.sql.one<{ title: string }>('select title from agreement where id = $1', [agreement.id])).title;
    const res = await expectRefused(
      t,
      () => t.gql('mutation($id: ID!, $in: UpdateAgreementInput!) { updateAgreement(id: $id, input: $in) { id } }', { id: String(agreement.id), in: { title: '   ' } }, admin.token),
      { code: 'BAD_USER_INPUT', fields: ['title'] },
      title,
    );
    expect(res.errors![0].extensions.fieldErrors.title).toEqual({ code: 'REQUIRED', message: 'must not be empty' });
  });
});
