import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { OrganizationKind } from '@daikou/domain';

@Entity({ name: 'organizations' })
@Index('organizations_admin_unit_idx', ['adminUnitCode'])
@Index('organizations_kind_idx', ['kind'])
// The administrations an organisation endorses: officers see their partnerships (visibility) without a scan.
@Index('organizations_endorsing_idx', ['endorsingOrganizationId'])
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_km', type: 'text', nullable: true })
  nameKm: string | null;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'admin_unit_code', type: 'text' })
  adminUnitCode: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  sectors: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  capacities: string[];

  /** Normalised name (Latin accents and zero-width characters removed, lower case) for search. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  /** Partnerships of this organisation need the endorsement of this (parent) administration before MoI review. */
  @Column({ name: 'endorsing_organization_id', type: 'uuid', nullable: true })
  endorsingOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'endorsing_organization_id' })
  endorsingOrganization?: Organization | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
