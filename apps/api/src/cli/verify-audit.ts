// `pnpm audit:verify`: checks the audit log's hash chain and names the first broken entry (exit 1 when broken).
import { AuditService } from '../audit/audit.service';
import { runWithDataSource } from './cli-data-source';

runWithDataSource(async (dataSource) => {
  const check = await new AuditService(dataSource).verify();
  if (check.ok) {
    console.log(`Audit chain intact: ${check.entries} entries verified.`);
  } else {
    console.error(`Audit chain BROKEN at entry ${check.brokenAt}: ${check.reason} (${check.entries} entries read).`);
    process.exitCode = 1;
  }
});
