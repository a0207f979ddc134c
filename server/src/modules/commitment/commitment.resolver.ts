import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionType } from '../../common/pagination';
import { ActionItemModel } from '../action-item/action-item.model';
import { actionItemsByCommitment } from '../action-item/action-item.loaders';
import { AgencyModel } from '../agency/agency.model';
import { agencyById } from '../agency/agency.loaders';
import { AgreementModel } from '../agreement/agreement.model';
import { agreementById } from '../agreement/agreement.loaders';
import { CommitmentFilter, CreateCommitmentInput, UpdateCommitmentInput } from './commitment.inputs';
import { CommitmentModel } from './commitment.model';
import { commitmentIsOverdue } from './commitment.status';
import { AGREEMENT_WRITERS } from '../agreement/agreement.policy';
import { canCommitment, COMMITMENT_UPDATERS } from './commitment.policy';
import { createCommitment, getCommitment, listCommitments, updateCommitment } from './commitment.service';

export const CommitmentConnection = ConnectionType('Commitment', CommitmentModel);

@Resolver(() => CommitmentModel)
export class CommitmentResolver {
  @Authorized()
  @Query(() => CommitmentConnection)
  commitments(
    @Ctx() ctx: Context,
    @Arg('filter', () => CommitmentFilter, { nullable: true }) filter?: CommitmentFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listCommitments(ctx, filter, first, after);
  }

  @Authorized()
  @Query(() => CommitmentModel, { nullable: true })
  commitment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getCommitment(ctx, id);
  }

  @Authorized(...AGREEMENT_WRITERS)
  @Mutation(() => CommitmentModel)
  createCommitment(@Arg('input', () => CreateCommitmentInput) input: CreateCommitmentInput, @Ctx() ctx: Context) {
    return createCommitment(ctx, input);
  }

  @Authorized(...COMMITMENT_UPDATERS)
  @Mutation(() => CommitmentModel)
  updateCommitment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommitmentInput) input: UpdateCommitmentInput,
    @Ctx() ctx: Context,
  ) {
    return updateCommitment(ctx, id, input);
  }

  @FieldResolver(() => AgreementModel)
  agreement(@Root() c: CommitmentModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agreementById, c.agreementId);
  }

  @FieldResolver(() => AgencyModel, { description: "The responsible agency; always one of the agreement's parties." })
  agency(@Root() c: CommitmentModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, c.agencyId);
  }

  @FieldResolver(() => Boolean, { description: 'PLANNED or IN_PROGRESS with dueOn before today.' })
  isOverdue(@Root() c: CommitmentModel, @Ctx() ctx: Context): boolean {
    return commitmentIsOverdue(c, ctx.today);
  }

  @FieldResolver(() => [ActionItemModel], { description: 'Action items delivering this commitment that the viewer may read.' })
  actionItems(@Root() c: CommitmentModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(actionItemsByCommitment, c.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may update status and progress.' })
  viewerCanUpdate(@Root() c: CommitmentModel, @Ctx() ctx: Context): boolean {
    return canCommitment(ctx.viewer, 'update', c);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change description, indicator, target and due date.' })
  viewerCanEditDetails(@Root() c: CommitmentModel, @Ctx() ctx: Context): boolean {
    return canCommitment(ctx.viewer, 'editDetails', c);
  }
}
