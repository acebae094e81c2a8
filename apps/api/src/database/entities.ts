// Every entity of the application, in one list used by the app, the migration CLI and the migration check.
import { AuditEntry } from '../audit/audit-entry.entity';
import { MouDocument } from '../documents/mou-document.entity';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { Session } from '../auth/session.entity';
import { IdempotencyKey } from '../common/idempotency-key.entity';
import { IMPORT_ENTITIES } from '../imports/import.entities';
import { INSIGHT_ENTITIES } from '../insight/insight.entities';
import { JobEffect, JobRecord } from '../jobs/job.entity';
import { UserNotification } from '../notifications/notification.entity';
import { Organization } from '../organizations/organization.entity';
import { JOINT_WORK_ENTITIES } from '../joint-work/joint-work.entities';
import { MONITORING_ENTITIES } from '../monitoring/monitoring.entities';
import { PARTNERSHIP_ENTITIES } from '../partnerships/partnership.entities';
import { QualityAssessment } from '../quality/quality-assessment.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [IdempotencyKey, JobRecord, JobEffect, Organization, User, Session, AuditEntry, ...PARTNERSHIP_ENTITIES, ...JOINT_WORK_ENTITIES, ...MONITORING_ENTITIES, ...IMPORT_ENTITIES, EvidenceFile, UserNotification, MouDocument, QualityAssessment, ...INSIGHT_ENTITIES];
