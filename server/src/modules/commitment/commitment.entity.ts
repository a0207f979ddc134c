import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CommitmentStatus, IssueArea } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { Agreement } from '../agreement/agreement.entity';

/** What one party promised under an agreement; the agency is always one of the agreement's parties. */
@Entity({ tableName: 'commitment' })
export class Commitment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Agreement, { index: true })
  agreement!: Agreement;

  @ManyToOne(() => Agency, { index: true })
  agency!: Agency;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => IssueArea, type: 'text', nullable: true })
  issueArea: IssueArea | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  indicator: string | null = null;

  @Property({ type: 'double', nullable: true })
  targetValue: number | null = null;

  @Property({ type: 'double', nullable: true })
  achievedValue: number | null = null;

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Enum({ items: () => CommitmentStatus, type: 'text' })
  status: CommitmentStatus = CommitmentStatus.PLANNED;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
