// Every migration, oldest first. New ones: `node dist/cli/generate-migration.js Name` against a migrated database.
import { Initial1795812620516 } from './1795812620516-Initial';
import { Partnerships1795814248316 } from './1795814248316-Partnerships';
import { Endorsements1795814464003 } from './1795814464003-Endorsements';
import { Notifications1795814604590 } from './1795814604590-Notifications';
import { Amendments1795814604953 } from './1795814604953-Amendments';
import { Documents1795815612577 } from './1795815612577-Documents';
import { JointWork1795816441426 } from './1795816441426-JointWork';
import { Evidence1795816814477 } from './1795816814477-Evidence';
import { Monitoring1795817325640 } from './1795817325640-Monitoring';
import { ScorecardImports1795819450143 } from './1795819450143-ScorecardImports';
import { MonitoringLibraryAndFollowUp1795822405571 } from './1795822405571-MonitoringLibraryAndFollowUp';
import { Insight1795822415297 } from './1795822415297-Insight';
import { ListIndexes1795824706984 } from './1795824706984-ListIndexes';
import { InsightSlots1795826000000 } from './1795826000000-InsightSlots';
import { InsightViewerSums1795832809551 } from './1795832809551-InsightViewerSums';

export const MIGRATIONS = [Initial1795812620516, Partnerships1795814248316, Endorsements1795814464003, Notifications1795814604590, Amendments1795814604953, Documents1795815612577, JointWork1795816441426, Evidence1795816814477, Monitoring1795817325640, ScorecardImports1795819450143, MonitoringLibraryAndFollowUp1795822405571, Insight1795822415297, ListIndexes1795824706984, InsightSlots1795826000000, InsightViewerSums1795832809551];
