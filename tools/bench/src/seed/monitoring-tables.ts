// Indicators of partnerships that became active, and each responsible party's report per reporting period (the
// domain's reportingPeriods) with its versions and values: mostly validated, some sent back and corrected, the
// latest ones submitted or still drafts. Submitted versions are inserted once and never updated (a trigger forbids it).
import { reportingPeriods, type Frequency, type ReportStatus } from '@daikou/domain';
import { json } from './copy-text.js';
import { rowId } from './ids.js';
import type { PartnershipPlan } from './partnerships.js';
import { Prng } from './prng.js';
import type { TableLoad } from './table-load.js';
import { TABLE } from './tables.js';
import type { World } from './world.js';

const DAY_MS = 86_400_000;
const FREQUENCY = { quarterly: 70, monthly: 10, semiannual: 15, yearly: 5 } as const satisfies Record<Frequency, number>;
const INDICATORS: readonly { name: string; nameKm: string; unit: string }[] = [
  { name: 'Households with access to safe water', nameKm: 'គ្រួសារដែលមានទឹកស្អាតប្រើប្រាស់', unit: 'households' },
  { name: 'Children enrolled in pre-school', nameKm: 'កុមារចុះឈ្មោះចូលរៀនមត្តេយ្យ', unit: 'children' },
  { name: 'Births attended by skilled staff', nameKm: 'ការសម្រាលកូនដោយបុគ្គលិកជំនាញ', unit: '%' },
  { name: 'Citizens attending public forums', nameKm: 'ពលរដ្ឋចូលរួមវេទិកាសាធារណៈ', unit: 'people' },
  { name: 'Kilometres of road maintained', nameKm: 'គីឡូម៉ែត្រផ្លូវដែលបានថែទាំ', unit: 'km' },
  { name: 'Complaints resolved within 30 days', nameKm: 'បណ្តឹងដែលបានដោះស្រាយក្នុងរយៈពេល៣០ថ្ងៃ', unit: '%' },
  { name: 'Village health volunteers trained', nameKm: 'អ្នកស្ម័គ្រចិត្តសុខភាពភូមិដែលបានបណ្តុះបណ្តាល', unit: 'people' },
  { name: 'Service fees displayed at facilities', nameKm: 'តម្លៃសេវាដែលបានបិទផ្សាយ', unit: 'facilities' },
];

interface IndicatorPlan {
  id: string;
  responsibleIndex: number;
  name: string;
  nameKm: string;
  unit: string;
  baseline: number;
  target: number;
}

interface VersionPlan {
  number: number;
  values: { indicatorId: string; value: number }[];
  submittedAt: Date | null;
  createdAt: Date;
}

interface ReportPlan {
  id: string;
  responsibleIndex: number;
  validatorIndex: number;
  periodStart: string;
  periodEnd: string;
  status: ReportStatus;
  versions: VersionPlan[];
  actions: { action: 'submit' | 'validate' | 'send_back'; version: number; byIndex: number; at: Date; comment: string | null }[];
}

interface MonitoringPlan {
  frequency: Frequency;
  indicators: IndicatorPlan[];
  reports: ReportPlan[];
  createdAt: Date;
}

class Counters {
  indicator = 0;
  report = 0;
  action = 0;
}

function monitoringOf(seed: string, plan: PartnershipPlan, budget: number, anchor: Date, counters: Counters): MonitoringPlan | null {
  if (!plan.work) return null;
  const random = new Prng(`${seed}:monitoring:${plan.index}`);
  const frequency = random.weighted(FREQUENCY);
  const today = anchor.toISOString().slice(0, 10);
  const periods = reportingPeriods(frequency, plan.work.from, plan.work.until).filter((p) => p.periodStart <= today);
  // Both sides report: the first state party and the first non-state party.
  const sides = [plan.parties[0]!, plan.parties[1]!];
  // Values per indicator: one per report, i.e. per due period (and half of the current ones), a few reports twice.
  const reportsPerSide = periods.filter((p) => p.dueDate <= today).length + 0.5 * periods.filter((p) => p.dueDate > today).length;
  const perIndicator = Math.max(1, sides.length * reportsPerSide * 1.05);
  const indicatorsPerSide = Math.min(12, Math.max(1, Math.round((budget * (0.6 + 0.8 * random.next())) / perIndicator)));
  const createdAt = new Date(Date.parse(`${plan.work.from}T04:00:00Z`));
  const indicators: IndicatorPlan[] = [];
  for (const side of sides) {
    for (const template of random.sample(INDICATORS, indicatorsPerSide)) {
      const baseline = template.unit === '%' ? random.int(10, 50) : random.int(0, 200);
      const target = template.unit === '%' ? random.int(baseline + 10, 100) : baseline + random.int(20, 500);
      indicators.push({ id: rowId(TABLE.indicators, counters.indicator++), responsibleIndex: side, ...template, baseline, target });
    }
  }
  const reports: ReportPlan[] = [];
  periods.forEach((period, n) => {
    const progress = (n + 1) / Math.max(1, periods.length);
    for (const side of sides) {
      const due = period.dueDate <= today;
      if (!due && random.chance(0.5)) continue;
      const own = indicators.filter((i) => i.responsibleIndex === side);
      const valuesAt = (shift: number) =>
        own.map((i) => ({ indicatorId: i.id, value: Math.round((i.baseline + (i.target - i.baseline) * progress * (0.7 + 0.4 * random.next()) + shift) * 10) / 10 }));
      const periodEndMs = Date.parse(`${period.periodEnd}T09:00:00Z`);
      const at = (days: number) => new Date(Math.min(anchor.getTime() - 3_600_000, periodEndMs + days * DAY_MS));
      const validator = sides.find((s) => s !== side)!;
      const status: ReportStatus = !due ? 'draft' : random.weighted({ validated: 86, submitted: 6, sent_back: 4, draft: 4 });
      const report: ReportPlan = {
        id: rowId(TABLE.reports, counters.report++), responsibleIndex: side, validatorIndex: validator, periodStart: period.periodStart,
        periodEnd: period.periodEnd, status, versions: [], actions: [],
      };
      if (status === 'draft') {
        report.versions.push({ number: 1, values: valuesAt(0).slice(0, Math.max(1, own.length - 1)), submittedAt: null, createdAt: at(2) });
      } else {
        // A sent-back first version is corrected in a second one (sent back again, for those still sent back).
        const corrected = status === 'sent_back' || random.chance(0.08);
        report.versions.push({ number: 1, values: valuesAt(0), submittedAt: at(8), createdAt: at(3) });
        report.actions.push({ action: 'submit', version: 1, byIndex: side, at: at(8), comment: null });
        if (corrected) {
          report.actions.push({ action: 'send_back', version: 1, byIndex: validator, at: at(10), comment: 'Figures for the second month are missing.' });
          const resubmitted = status !== 'sent_back';
          report.versions.push({ number: 2, values: valuesAt(1), submittedAt: resubmitted ? at(12) : null, createdAt: at(11) });
          if (resubmitted) report.actions.push({ action: 'submit', version: 2, byIndex: side, at: at(12), comment: null });
        }
        if (status === 'validated') report.actions.push({ action: 'validate', version: report.versions.length, byIndex: validator, at: at(14), comment: null });
      }
      reports.push(report);
    }
  });
  return { frequency, indicators, reports, createdAt };
}

export function monitoringTables(seed: string, plans: readonly PartnershipPlan[], world: World, valueTarget: number): TableLoad[] {
  const working = plans.filter((p) => p.work);
  // Drafts hold fewer values and short partnerships reach the cap: the budget is raised to land near the target.
  const budget = (1.13 * valueTarget) / Math.max(1, working.length);
  const each = function* () {
    const counters = new Counters();
    for (const plan of working) yield { plan, monitoring: monitoringOf(seed, plan, budget, world.anchor, counters)!, counters };
  };
  const orgId = (index: number) => world.organizations[index]!.id;
  const officer = (index: number) => world.officerOf(index).id;
  return [
    {
      table: 'indicators',
      columns: ['partnership_id', 'id', 'name', 'name_km', 'unit', 'baseline', 'target', 'frequency', 'responsible_organization_id', 'created_by', 'created_at'],
      *rows() {
        for (const { plan, monitoring } of each()) {
          for (const i of monitoring.indicators) {
            yield [plan.id, i.id, i.name, i.nameKm, i.unit, i.baseline, i.target, monitoring.frequency, orgId(i.responsibleIndex), officer(i.responsibleIndex), monitoring.createdAt];
          }
        }
      },
    },
    {
      table: 'reports',
      columns: ['partnership_id', 'id', 'responsible_organization_id', 'period_start', 'period_end', 'status', 'current_version', 'created_by', 'created_at', 'updated_at'],
      *rows() {
        for (const { plan, monitoring } of each()) {
          for (const r of monitoring.reports) {
            const last = r.actions[r.actions.length - 1]?.at ?? r.versions[r.versions.length - 1]!.createdAt;
            yield [plan.id, r.id, orgId(r.responsibleIndex), r.periodStart, r.periodEnd, r.status, r.versions.length, officer(r.responsibleIndex), r.versions[0]!.createdAt, last];
          }
        }
      },
    },
    {
      table: 'report_versions',
      columns: ['report_id', 'number', 'values', 'narrative', 'submitted_at', 'submitted_by', 'created_at'],
      *rows() {
        for (const { monitoring } of each()) {
          for (const r of monitoring.reports) {
            for (const v of r.versions) {
              yield [r.id, v.number, json(v.values), 'Activities went as planned; see the attached lists.', v.submittedAt, v.submittedAt ? officer(r.responsibleIndex) : null, v.createdAt];
            }
          }
        }
      },
    },
    {
      table: 'report_actions',
      columns: ['id', 'report_id', 'action', 'version_number', 'user_id', 'organization_id', 'comment', 'at'],
      *rows() {
        for (const { monitoring, counters } of each()) {
          for (const r of monitoring.reports) {
            for (const a of r.actions) yield [rowId(TABLE.reportActions, counters.action++), r.id, a.action, a.version, officer(a.byIndex), orgId(a.byIndex), a.comment, a.at];
          }
        }
      },
    },
  ];
}

