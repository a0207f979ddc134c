import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { IssueArea, RecommendationResponse } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { Province } from '../province/province.entity';
import { User } from '../user/user.entity';

/**
 * A recommendation of an oversight body to a province (or to national bodies), with the
 * province's answer. Its status is derived (recommendation.status.ts), never stored.
 */
@Entity({ tableName: 'recommendation' })
@Index({ properties: ['province', 'issuedOn'] })
export class Recommendation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100, nullable: true })
  reference: string | null = null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => Agency, { index: true })
  issuer!: Agency;

  @Property({ type: 'date' })
  issuedOn!: string;

  @ManyToOne(() => Province, { nullable: true, fieldName: 'province_code' })
  province: Province | null = null;

  @Enum({ items: () => IssueArea, array: true, type: 'text[]' })
  issueAreas: IssueArea[] = [];

  @Property({ type: 'date', nullable: true })
  responseDueOn: string | null = null;

  @Enum({ items: () => RecommendationResponse, type: 'text', nullable: true })
  response: RecommendationResponse | null = null;

  @Property({ type: 'text', nullable: true })
  responseNote: string | null = null;

  @Property({ type: 'date', nullable: true })
  respondedOn: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  respondedBy: User | null = null;

  @ManyToOne(() => User)
  createdBy!: User;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** An agency a recommendation names as responsible. */
@Entity({ tableName: 'recommendation_addressee' })
export class RecommendationAddressee {
  @ManyToOne(() => Recommendation, { primary: true, deleteRule: 'cascade' })
  recommendation!: Recommendation;

  @ManyToOne(() => Agency, { primary: true, index: true })
  agency!: Agency;
}
