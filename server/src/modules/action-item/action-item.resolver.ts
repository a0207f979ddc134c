import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { fieldsAt, selects } from '../../common/selection';
import { ConnectionType } from '../../common/pagination';
import { AgencyModel } from '../agency/agency.model';
import { agencyById } from '../agency/agency.loaders';
import { CommitmentModel } from '../commitment/commitment.model';
import { commitmentById } from '../commitment/commitment.loaders';
import { MeetingModel } from '../meeting/meeting.model';
import { meetingById } from '../meeting/meeting.loaders';
import { ProvinceModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { UserModel } from '../user/user.model';
import { userById } from '../user/user.loaders';
import { ActionItemFilter, CreateActionItemInput, UpdateActionItemInput } from './action-item.inputs';
import { updatesByActionItem } from './action-item.loaders';
import { ActionItemModel, ActionUpdateModel } from './action-item.model';
import { actionIsOverdue, daysOverdue } from './action-item.status';
import { ACTION_ITEM_WRITERS, canActionItem } from './action-item.policy';
import {
  addActionNote,
  createActionItem,
  getActionItem,
  listActionItems,
  updateActionItem,
  type ActionItemSelection,
} from './action-item.service';

export const ActionItemConnection = ConnectionType('ActionItem', ActionItemModel);

/** What `actionItems` selects of its nodes, down to the parties of their commitments' agreements. */
function selectionOf(info: GraphQLResolveInfo): ActionItemSelection {
  const at = (...path: string[]) => (selects(info, ['nodes', ...path]) ? fieldsAt(info, ['nodes', ...path]) : undefined);
  const commitment = at('commitment');
  const agreement = commitment && at('commitment', 'agreement');
  return {
    item: fieldsAt(info, ['nodes']),
    agency: at('agency'),
    commitment,
    agreement,
    parties: agreement && at('commitment', 'agreement', 'parties'),
  };
}

@Resolver(() => ActionItemModel)
export class ActionItemResolver {
  @Authorized()
  @Query(() => ActionItemConnection, { description: 'Action items the viewer may read; overdue first, then by due date.' })
  actionItems(
    @Ctx() ctx: Context,
    @Arg('filter', () => ActionItemFilter, { nullable: true }) filter?: ActionItemFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return listActionItems(ctx, filter, first, after, info && selectionOf(info));
  }

  @Authorized()
  @Query(() => ActionItemModel, { nullable: true })
  actionItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getActionItem(ctx, id);
  }

  @Authorized(...ACTION_ITEM_WRITERS)
  @Mutation(() => ActionItemModel)
  createActionItem(@Arg('input', () => CreateActionItemInput) input: CreateActionItemInput, @Ctx() ctx: Context) {
    return createActionItem(ctx, input);
  }

  @Authorized(...ACTION_ITEM_WRITERS)
  @Mutation(() => ActionItemModel, {
    description: 'Changes an item; the input names the version read, and a stale version gets CONFLICT with nothing changed.',
  })
  updateActionItem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput,
    @Ctx() ctx: Context,
  ) {
    return updateActionItem(ctx, id, input);
  }

  @Authorized(...ACTION_ITEM_WRITERS)
  @Mutation(() => ActionItemModel, { description: "Adds a note to the item's history." })
  addActionNote(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return addActionNote(ctx, id, note);
  }

  @FieldResolver(() => ProvinceModel)
  province(@Root() a: ActionItemModel): ProvinceModel {
    return referenceData().province(a.provinceCode)!;
  }

  @FieldResolver(() => AgencyModel, { description: 'The agency responsible for doing it.' })
  agency(@Root() a: ActionItemModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, a.agencyId);
  }

  @FieldResolver(() => CommitmentModel, { nullable: true })
  commitment(@Root() a: ActionItemModel, @Ctx() ctx: Context) {
    return a.commitmentId ? ctx.loaders.load(commitmentById, a.commitmentId) : null;
  }

  @FieldResolver(() => MeetingModel, { nullable: true, description: 'The meeting that agreed on it, if any.' })
  meeting(@Root() a: ActionItemModel, @Ctx() ctx: Context) {
    return a.meetingId ? ctx.loaders.load(meetingById, a.meetingId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'OPEN, IN_PROGRESS or BLOCKED with dueOn before today.' })
  isOverdue(@Root() a: ActionItemModel, @Ctx() ctx: Context): boolean {
    return actionIsOverdue(a, ctx.today);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Whole days since dueOn for an overdue item; null otherwise.' })
  daysOverdue(@Root() a: ActionItemModel, @Ctx() ctx: Context): number | null {
    return daysOverdue(a, ctx.today);
  }

  @FieldResolver(() => [ActionUpdateModel], { description: 'History, oldest first.' })
  updates(@Root() a: ActionItemModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(updatesByActionItem, a.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change status, completion date and notes.' })
  viewerCanUpdate(@Root() a: ActionItemModel, @Ctx() ctx: Context): boolean {
    return canActionItem(ctx.viewer, 'update', a);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change title, description, priority and due date.' })
  viewerCanEditDetails(@Root() a: ActionItemModel, @Ctx() ctx: Context): boolean {
    return canActionItem(ctx.viewer, 'editDetails', a);
  }
}

@Resolver(() => ActionUpdateModel)
export class ActionUpdateResolver {
  @FieldResolver(() => UserModel)
  author(@Root() u: ActionUpdateModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(userById, u.authorId);
  }
}
