// One party's assessment of a partnership's quality for one period.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationKind, QualityAttribute } from '@daikou/domain';
import { Organization } from '../organizations/organization.entity';
import { PartnershipOwned } from '../partnerships/partnership.entities';

@Entity({ name: 'quality_assessments' })
@Index('quality_assessments_once_per_party_key', ['partnershipId', 'organizationId', 'period'], { unique: true })
export class QualityAssessment extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** The organisation's kind when it assessed: the side whose average its scores count in. */
  @Column({ type: 'text' })
  side: OrganizationKind;

  /** YYYY, YYYY-Qn or YYYY-MM. */
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'jsonb' })
  scores: Record<QualityAttribute, number>;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  comments: Partial<Record<QualityAttribute, string>>;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
