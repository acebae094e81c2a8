import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Partnership } from '../partnerships/partnership.entities';
import type { DocumentLang } from './mou-document-content';

/** A rendered MoU PDF on disk, found again by what it shows: the text (hash), the language and the signature state. */
@Entity({ name: 'documents' })
@Index('documents_cache_key', ['textHash', 'lang', 'signatureKey'], { unique: true })
@Index('documents_partnership_idx', ['partnershipId', 'versionNumber'])
export class MouDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber: number;

  @Column({ name: 'text_hash', type: 'text' })
  textHash: string;

  @Column({ type: 'text' })
  lang: DocumentLang;

  /** Hash of everything besides the clauses that the pages show and that can differ: see `signatureKeyOf`. */
  @Column({ name: 'signature_key', type: 'text' })
  signatureKey: string;

  /** File name inside the documents directory. */
  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'integer' })
  size: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
