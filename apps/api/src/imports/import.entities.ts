// Offline scorecard data brought in from a CSV file: the import (one per partnership and file content), its rows
// (one per file row, so a re-run never writes a row twice) and the column mappings saved for reuse.
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ScorecardMapping } from './scorecard-mapping';

/** A row that was not imported: its spreadsheet row number, the column at fault (when one is) and why. */
export interface RowError {
  row: number;
  column: string | null;
  reason: string;
}

export interface ImportSummary {
  imported: number;
  failed: number;
  errors: RowError[];
}

@Entity({ name: 'scorecard_imports' })
// The same file twice into one partnership is the same import.
@Index('scorecard_imports_file_key', ['partnershipId', 'sha256'], { unique: true })
@Index('scorecard_imports_partnership_idx', ['partnershipId', 'createdAt'])
export class ScorecardImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ type: 'jsonb' })
  mapping: ScorecardMapping;

  /** The organisation that facilitated the rounds in the file: the importing officer's. */
  @Column({ name: 'facilitating_organization_id', type: 'uuid' })
  facilitatingOrganizationId: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @Column({ type: 'jsonb', nullable: true })
  result: ImportSummary | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One row of an imported file: the scorecard it became, or why it did not. Keyed by import (file hash) + row number. */
@Entity({ name: 'scorecard_import_rows' })
export class ScorecardImportRow {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  /** The row as a spreadsheet numbers it: the header is row 1. */
  @PrimaryColumn({ name: 'row_number', type: 'integer' })
  rowNumber: number;

  @Column({ name: 'scorecard_id', type: 'uuid', nullable: true })
  scorecardId: string | null;

  /** Why the row was not imported; null for an imported row. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The file's column the error is about. */
  @Column({ name: 'error_column', type: 'text', nullable: true })
  errorColumn: string | null;
}

@Entity({ name: 'scorecard_import_mappings' })
@Index('scorecard_import_mappings_name_key', ['partnershipId', 'name'], { unique: true })
export class ScorecardImportMapping {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  mapping: ScorecardMapping;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const IMPORT_ENTITIES = [ScorecardImport, ScorecardImportRow, ScorecardImportMapping];
