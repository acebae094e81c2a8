// The demo portfolio (DAIKOU_DEMO_PORTFOLIO=1): fourteen partnerships in Takéo, Kampot and Siem Reap, one or more in
// every status, told from proposal to review by the demo accounts, with the monitoring of three service points.
import type { OrganizationCreateInput, Rating } from '@daikou/domain';
import type { DemoAccount } from './demo-data';
import type { DemoCalendar } from './demo-portfolio-calendar';
import type { AccountKey, OrganizationKey, PartnershipStory } from './demo-portfolio-spec';

/** Provincial administrations outside Takéo, so that the portfolio spans provinces (the demo's own are all in Takéo). */
export const PORTFOLIO_ORGANIZATIONS: (OrganizationCreateInput & { key: OrganizationKey })[] = [
  { key: 'kampot', name: 'Kampot Provincial Administration', nameKm: 'រដ្ឋបាលខេត្តកំពត', kind: 'state', type: 'province', adminUnitCode: '07', sectors: ['governance', 'education', 'environment'], capacities: ['provincial planning', 'school support'] },
  { key: 'siemreap', name: 'Siem Reap Provincial Administration', nameKm: 'រដ្ឋបាលខេត្តសៀមរាប', kind: 'state', type: 'province', adminUnitCode: '17', sectors: ['governance', 'education', 'land'], capacities: ['civil registration', 'land dispute resolution'] },
];

/** One officer (and signatory) for each organisation that acts in the portfolio and has no demo account yet. */
export const PORTFOLIO_ACCOUNTS: DemoAccount[] = [
  { email: 'kampot@daikou.demo', name: 'Sophal Kampot', role: 'sna_officer', organization: 'kampot', isSignatory: true, locale: 'km' },
  { email: 'siemreap@daikou.demo', name: 'Pisey Siem Reap', role: 'sna_officer', organization: 'siemreap', isSignatory: true, locale: 'km' },
  { email: 'edu@daikou.demo', name: 'Malis Education', role: 'cso_officer', organization: 'edu_intl', isSignatory: true, locale: 'en' },
];

/** Who rates commitments, assesses quality and reports for each organisation of the portfolio. */
export const PORTFOLIO_OFFICERS: Readonly<Record<OrganizationKey, AccountKey>> = {
  takeo: 'sna',
  bati: 'district',
  khmer_health: 'cso',
  network: 'network',
  kampot: 'kampot',
  siemreap: 'siemreap',
  edu_intl: 'edu',
};

/** Khmer first, then English: how bilingual titles are written in Cambodian administrations. */
const both = (km: string, en: string) => `${km} — ${en}`;

const KEPT: Rating = 'kept';
const PARTLY: Rating = 'partly_kept';
const NOT_KEPT: Rating = 'not_kept';

// Quality scores in the order of QUALITY_ATTRIBUTES. The state side first scores the partnership higher than the CSO
// side does; the two come closer as the partnership matures.
const STATE_EARLY = [4, 4, 5, 4, 5, 4, 4, 4];
const CSO_EARLY = [3, 2, 3, 2, 2, 3, 3, 3];
const STATE_LATER = [4, 4, 4, 4, 4, 4, 4, 4];
const CSO_LATER = [3, 3, 4, 3, 3, 3, 4, 3];
const STATE_MATURE = [4, 4, 4, 4, 4, 5, 4, 4];
const CSO_MATURE = [4, 4, 4, 3, 4, 4, 4, 4];

const END_DATE_REACHED = both('ដល់កាលបរិច្ឆេទបញ្ចប់។', 'End date reached.');

export function portfolioStories(c: DemoCalendar): PartnershipStory[] {
  return [
    // Active since over a year: three scorecard rounds at the health centre, the action plan in every state.
    {
      proposal: {
        title: both('ប័ណ្ណដាក់ពិន្ទុសហគមន៍ នៅមណ្ឌលសុខភាពត្រពាំងសាប', 'Community scorecards at Trapeang Sab health centre'),
        function: 'service_monitoring',
        form: 'collaboration',
        goals: both(
          'ប្រជាពលរដ្ឋដាក់ពិន្ទុលើសេវាមណ្ឌលសុខភាពពីរដងក្នុងមួយឆ្នាំ ហើយរដ្ឋបាលស្រុក និងសមាគមតាមដានផែនការសកម្មភាពរួមគ្នា។',
          'Citizens score the health centre twice a year; the district and the association follow up the joint action plan together.',
        ),
        parties: ['bati', 'khmer_health'],
        adminUnitCodes: ['210215'],
        sectors: ['health'],
        startDate: c.date(-13, 1),
        endDate: c.monthEnd(13),
        contributions: [
          { organization: 'bati', kind: 'staff', description: 'District health focal person at every interface meeting' },
          { organization: 'khmer_health', kind: 'cash', description: 'Facilitation of the scorecard rounds', amount: 4800, currency: 'USD' },
        ],
        risks: [
          { description: 'Health centre staff change and the action plan loses its owners', carriedBy: 'shared' },
          { description: 'Facilitation funding ends before the term', carriedBy: 'khmer_health' },
        ],
      },
      createdBy: 'district',
      createdAt: c.moment(-19, 5, 9),
      history: [
        { at: c.moment(-19, 12, 10), by: 'district', action: 'submit_proposal' },
        // The province took its time to endorse: the proposal waited two months for the reviewer's decision.
        { at: c.moment(-18, 20, 14), by: 'sna', action: 'endorse' },
        { at: c.moment(-17, 15, 11), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-17, 26, 15), by: 'district', mou: {} },
        { at: c.moment(-16, 4, 9), by: 'district', action: 'submit_mou' },
        {
          at: c.moment(-16, 18, 16),
          by: 'reviewer',
          action: 'request_changes',
          comment: both(
            'ប្រការរាយការណ៍៖ សូមបញ្ជាក់ថាអ្នកណាផ្ទៀងផ្ទាត់កំណត់ត្រាប្រចាំត្រីមាស និងក្នុងរយៈពេលប៉ុន្មានថ្ងៃ។',
            'Reporting clause: say who validates the quarterly notes, and within how many days.',
          ),
        },
        {
          at: c.moment(-16, 26, 10),
          by: 'cso',
          mou: {
            addToClause: {
              key: 'reporting',
              en: ' The District Administration validates each quarterly note within 15 days of receiving it.',
              km: ' រដ្ឋបាលស្រុកផ្ទៀងផ្ទាត់កំណត់ត្រាប្រចាំត្រីមាសនីមួយៗ ក្នុងរយៈពេល ១៥ ថ្ងៃ បន្ទាប់ពីទទួលបាន។',
            },
          },
        },
        { at: c.moment(-15, 2, 11), by: 'cso', action: 'submit_mou' },
        { at: c.moment(-15, 8, 9), by: 'sna', action: 'endorse' },
        { at: c.moment(-15, 20, 14), by: 'reviewer', action: 'approve' },
        { at: c.moment(-15, 26, 10), by: 'district', action: 'sign' },
        { at: c.moment(-14, 3, 15), by: 'cso.signatory', action: 'sign' },
        {
          at: c.moment(-4, 14, 10),
          by: 'reviewer',
          review: {
            kind: 'periodic',
            decision: 'continue',
            lessons: both(
              'គម្លាតរវាងប្រជាពលរដ្ឋ និងបុគ្គលិកថយចុះ នៅពេលដែលសកម្មភាពនីមួយៗមានម្ចាស់ និងកាលបរិច្ឆេទច្បាស់លាស់។ បន្តអនុវត្ត។',
              'The gap between citizens and staff narrows where every action has an owner and a date. Continue.',
            ),
          },
        },
      ],
      commitments: [
        {
          title: both('ចូលរួមកិច្ចប្រជុំផ្ទាល់មុខរវាងប្រជាពលរដ្ឋ និងអ្នកផ្តល់សេវា រៀងរាល់ត្រីមាស', 'Attend the interface meeting of citizens and providers every quarter'),
          owner: 'bati',
          dueDate: c.date(-13, 10),
          recurrence: 'quarterly',
          clauseKey: 'roles',
          by: 'district',
          at: c.moment(-14, 8, 10),
          ratings: [[KEPT, KEPT], [KEPT, KEPT], [PARTLY, PARTLY], [KEPT, KEPT], [KEPT, KEPT]],
        },
        {
          title: both('ផ្សព្វផ្សាយចំណូល និងចំណាយរបស់មណ្ឌលសុខភាព', 'Publish the health centre’s income and spending'),
          owner: 'bati',
          dueDate: c.date(-3, 1),
          by: 'district',
          at: c.moment(-10, 5, 11),
          ratings: [],
        },
        {
          title: both('ចែករំលែកកំណត់ត្រាតាមដានប្រចាំត្រីមាសជាមួយរដ្ឋបាលស្រុក', 'Share a quarterly monitoring note with the district'),
          owner: 'khmer_health',
          dueDate: c.date(-11, 25),
          recurrence: 'quarterly',
          clauseKey: 'reporting',
          by: 'cso',
          at: c.moment(-14, 9, 11),
          ratings: [[KEPT, KEPT], [PARTLY, PARTLY], [KEPT, KEPT], [KEPT, KEPT]],
        },
      ],
      assessments: [
        { period: c.quarter(-12), scores: { bati: STATE_EARLY, khmer_health: CSO_EARLY } },
        { period: c.quarter(-8), scores: { bati: STATE_LATER, khmer_health: CSO_LATER } },
        {
          period: c.quarter(-4),
          scores: { bati: STATE_MATURE, khmer_health: CSO_MATURE },
          comment: both('ការសម្រេចចិត្តរួមគ្នាបានប្រសើរឡើង។', 'Decisions are now taken together at the interface meeting.'),
        },
      ],
      monitoring: {
        reportNarrative: both(
          'តួលេខពីបញ្ជីរបស់មណ្ឌលសុខភាព និងពីវគ្គដាក់ពិន្ទុសហគមន៍។',
          'Figures from the health centre’s register and from the scorecard rounds.',
        ),
        indicators: [
          {
            name: 'Births at the health centre',
            nameKm: 'ការសម្រាលកូននៅមណ្ឌលសុខភាព',
            unit: 'births',
            baseline: 38,
            target: 70,
            frequency: 'semiannual',
            responsible: 'khmer_health',
            values: [{ value: 41 }, { value: 52 }, { value: 58 }, { value: 63 }],
            at: c.moment(-14, 16, 10),
          },
          {
            name: 'Citizens’ average score of the health centre',
            nameKm: 'ពិន្ទុមធ្យមរបស់ប្រជាពលរដ្ឋលើមណ្ឌលសុខភាព',
            unit: 'score (1–5)',
            baseline: 2,
            target: 4,
            frequency: 'semiannual',
            responsible: 'khmer_health',
            values: [{ value: 2.2 }, { value: 2.7 }, { value: 3.4 }, { value: 3.6 }],
            at: c.moment(-14, 16, 11),
          },
        ],
      },
      servicePoint: {
        name: 'Trapeang Sab Health Centre',
        nameKm: 'មណ្ឌលសុខភាពត្រពាំងសាប',
        kind: 'health_centre',
        adminUnitCode: '210215',
        by: 'cso',
        at: c.moment(-14, 20, 10),
        scorecards: [
          {
            date: c.date(-12, 14),
            by: 'cso',
            participants: { female: 38, male: 24, disability: 4, idPoor: 15, youth: 11 },
            criteria: [
              [both('បុគ្គលិកគោរពអ្នកជំងឺ', 'Staff treat patients with respect'), 2.1, 4.3],
              [both('រយៈពេលរង់ចាំ', 'Waiting time'), 1.8, 3.9],
              [both('អនាម័យបន្ទប់សម្រាល', 'Cleanliness of the delivery room'), 2.4, 4],
              [both('ឱសថមានគ្រប់គ្រាន់', 'Medicines available'), 2, 3.5],
              [both('តម្លៃសេវាផ្លូវការត្រូវបានបិទផ្សាយ', 'Official fees posted and respected'), 1.6, 4.2],
            ],
            actionItems: [
              {
                key: 'fees',
                description: both('បិទផ្សាយតម្លៃសេវាផ្លូវការនៅច្រកចូល', 'Post the official fees at the entrance'),
                owner: 'bati',
                dueDate: c.date(-11, 15),
                moves: [{ at: c.moment(-11, 8, 10), by: 'district', status: 'done', evidence: 'Fee board photographed at the follow-up visit' }],
              },
              {
                key: 'monthly-meeting',
                description: both('កិច្ចប្រជុំប្រចាំខែរវាងប្រធានមណ្ឌលសុខភាព និងក្រុមទ្រទ្រង់សុខភាពភូមិ', 'Monthly meeting of the health centre chief and the village health support group'),
                owner: 'khmer_health',
                dueDate: c.date(-10, 28),
                moves: [
                  { at: c.moment(-11, 20, 14), by: 'cso', status: 'in_progress' },
                  { at: c.moment(-10, 25, 11), by: 'cso', status: 'done', followUp: 'Held every month since; minutes kept by the association.' },
                ],
              },
            ],
          },
          {
            date: c.date(-7, 12),
            by: 'cso',
            participants: { female: 41, male: 27, disability: 5, idPoor: 17, youth: 9 },
            criteria: [
              [both('បុគ្គលិកគោរពអ្នកជំងឺ', 'Staff treat patients with respect'), 2.9, 4.1],
              [both('រយៈពេលរង់ចាំ', 'Waiting time'), 2.6, 3.7],
              [both('អនាម័យបន្ទប់សម្រាល', 'Cleanliness of the delivery room'), 3.1, 4],
              [both('ឱសថមានគ្រប់គ្រាន់', 'Medicines available'), 2.4, 3.4],
              [both('តម្លៃសេវាផ្លូវការត្រូវបានបិទផ្សាយ', 'Official fees posted and respected'), 2.8, 4],
            ],
            actionItems: [
              {
                key: 'queue',
                description: both('ប្រើលេខរៀងរង់ចាំ និងបើកបន្ទប់ពិគ្រោះទីពីរនៅពេលព្រឹក', 'Numbered queue and a second consultation room in the morning'),
                owner: 'bati',
                dueDate: c.date(-5, 28),
                moves: [
                  { at: c.moment(-6, 10, 9), by: 'district', status: 'in_progress' },
                  { at: c.moment(-5, 20, 15), by: 'district', status: 'done', evidence: 'Queue numbers in use; second room open 7–11 am' },
                ],
              },
              {
                key: 'medicines',
                description: both('ស្នើមន្ទីរសុខាភិបាលខេត្តបំពេញឱសថចាំបាច់ប្រចាំខែ', 'Ask the provincial health department for a monthly restock of essential medicines'),
                owner: 'bati',
                dueDate: c.date(-5, 15),
                moves: [
                  {
                    at: c.moment(-6, 2, 10),
                    by: 'district',
                    status: 'dropped',
                    followUp: 'The provincial department restocks monthly already; the shortage came from one late order, now fixed.',
                  },
                ],
              },
              {
                key: 'rights',
                description: both('ពន្យល់ពីសិទ្ធិអ្នកជំងឺនៅរាល់កិច្ចប្រជុំភូមិ', 'Explain patients’ rights at every village meeting'),
                owner: 'khmer_health',
                dueDate: c.date(-4, 28),
                moves: [{ at: c.moment(-4, 20, 16), by: 'cso', status: 'done' }],
              },
            ],
          },
          {
            date: c.date(-2, 9),
            by: 'cso',
            participants: { female: 45, male: 30, disability: 6, idPoor: 16, youth: 14 },
            criteria: [
              [both('បុគ្គលិកគោរពអ្នកជំងឺ', 'Staff treat patients with respect'), 3.6, 4],
              [both('រយៈពេលរង់ចាំ', 'Waiting time'), 3.3, 3.6],
              [both('អនាម័យបន្ទប់សម្រាល', 'Cleanliness of the delivery room'), 3.8, 4.1],
              [both('ឱសថមានគ្រប់គ្រាន់', 'Medicines available'), 3.2, 3.5],
              [both('តម្លៃសេវាផ្លូវការត្រូវបានបិទផ្សាយ', 'Official fees posted and respected'), 3.7, 3.9],
            ],
            actionItems: [
              {
                key: 'delivery-room',
                description: both('លាបថ្នាំ និងសម្អាតបន្ទប់សម្រាល ហើយភ្ជាប់ទឹកស្អាត', 'Repaint and clean the delivery room and connect running water'),
                owner: 'bati',
                dueDate: c.date(1, 15),
                moves: [{ at: c.moment(-1, 20, 10), by: 'district', status: 'in_progress' }],
                becomesCommitment: true,
              },
              {
                key: 'referral-slips',
                description: both('បណ្តុះបណ្តាលអ្នកស្ម័គ្រចិត្តសុខភាពភូមិលើប័ណ្ណបញ្ជូនថ្មី', 'Train village health volunteers on the new referral slips'),
                owner: 'khmer_health',
                dueDate: c.date(2, 1),
                moves: [],
              },
              {
                key: 'suggestion-box',
                description: both('ដាក់ប្រអប់មតិយោបល់នៅបន្ទប់រង់ចាំ', 'Put a suggestion box in the waiting room'),
                owner: 'khmer_health',
                dueDate: c.date(-1, 5),
                moves: [],
              },
            ],
          },
        ],
        feedback: [
          {
            text: 'ត្រូវបង់ប្រាក់បន្ថែម ៥០០០ រៀល ក្រៅពីតម្លៃដែលបានបិទផ្សាយ។',
            channel: 'suggestion_box',
            rating: 1,
            at: c.moment(-12, 3, 12),
            triage: { at: c.moment(-11, 9, 10), by: 'district', status: 'acted_on', actionItem: 'fees' },
          },
          {
            text: 'គិលានុបដ្ឋាកវេនយប់មិនមានវត្តមានទេ ពេលខ្ញុំនាំកូនមកម៉ោង ១១ យប់។',
            channel: 'hotline',
            rating: 2,
            at: c.moment(-5, 10, 20),
            triage: { at: c.moment(-5, 13, 9), by: 'cso', status: 'acknowledged' },
          },
          { text: 'The waiting room is clean now and there is a queue number. Thank you.', channel: 'web', rating: 4, at: c.moment(-3, 2, 19) },
          {
            text: 'បន្ទប់សម្រាលមានក្លិនមិនល្អ ហើយគ្មានទឹកគ្រប់គ្រាន់។',
            channel: 'meeting',
            rating: 2,
            at: c.moment(-1, 6, 16),
            triage: { at: c.moment(-1, 13, 9), by: 'district', status: 'acknowledged', actionItem: 'delivery-room' },
          },
        ],
      },
    },

    // Active: a province and an international NGO score a primary school together.
    {
      proposal: {
        title: both('ប័ណ្ណដាក់ពិន្ទុសហគមន៍ នៅសាលាបឋមសិក្សាកំពង់ក្រែង', 'Community scorecards at Kampong Kraeng primary school'),
        function: 'service_monitoring',
        form: 'integrated',
        goals: both(
          'ឪពុកម្តាយ សិស្ស និងគ្រូដាក់ពិន្ទុលើសាលារៀន ហើយខេត្ត និងដៃគូអប់រំអនុវត្តផែនការកែលម្អតែមួយរួមគ្នា។',
          'Parents, pupils and teachers score the school; the province and the education partner carry out one improvement plan together.',
        ),
        parties: ['kampot', 'edu_intl'],
        adminUnitCodes: ['070703'],
        sectors: ['education'],
        startDate: c.date(-11, 1),
        endDate: c.monthEnd(13),
        contributions: [
          { organization: 'kampot', kind: 'materials', description: 'Latrine repairs and textbooks from the provincial budget', amount: 6500, currency: 'USD' },
          { organization: 'edu_intl', kind: 'staff', description: 'Two facilitators for every scorecard round' },
        ],
        risks: [{ description: 'Provincial budget released late in the year', carriedBy: 'kampot' }],
      },
      createdBy: 'kampot',
      createdAt: c.moment(-15, 1, 10),
      history: [
        { at: c.moment(-15, 6, 11), by: 'kampot', action: 'submit_proposal' },
        { at: c.moment(-13, 1, 15), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-13, 9, 10), by: 'kampot', mou: {} },
        { at: c.moment(-13, 17, 9), by: 'kampot', action: 'submit_mou' },
        { at: c.moment(-12, 6, 14), by: 'reviewer', action: 'approve' },
        { at: c.moment(-12, 10, 10), by: 'kampot', action: 'sign' },
        { at: c.moment(-12, 17, 16), by: 'edu', action: 'sign' },
      ],
      commitments: [
        {
          title: both('ជួសជុលបង្គន់សាលារៀនមុនរដូវវស្សា', 'Repair the school latrines before the rainy season'),
          owner: 'kampot',
          dueDate: c.date(-7, 15),
          by: 'kampot',
          at: c.moment(-12, 22, 10),
          ratings: [[KEPT, KEPT]],
        },
        {
          title: both('ណែនាំគណៈកម្មការទ្រទ្រង់សាលារៀនរៀងរាល់ត្រីមាស', 'Coach the school support committee every quarter'),
          owner: 'edu_intl',
          dueDate: c.date(-10, 10),
          recurrence: 'quarterly',
          by: 'edu',
          at: c.moment(-12, 23, 14),
          ratings: [[KEPT, KEPT], [KEPT, KEPT], [PARTLY, PARTLY], [KEPT, KEPT]],
        },
      ],
      assessments: [
        { period: c.quarter(-10), scores: { kampot: STATE_EARLY, edu_intl: CSO_EARLY } },
        { period: c.quarter(-4), scores: { kampot: STATE_MATURE, edu_intl: CSO_LATER } },
      ],
      monitoring: {
        reportNarrative: both('តួលេខពីបញ្ជីសិស្សរបស់សាលារៀន។', 'Figures from the school’s enrolment register.'),
        indicators: [
          {
            name: 'Pupils completing grade 6',
            nameKm: 'សិស្សបញ្ចប់ថ្នាក់ទី៦',
            unit: 'pupils',
            baseline: 52,
            target: 75,
            frequency: 'semiannual',
            responsible: 'edu_intl',
            bySex: true,
            values: [
              { value: 58, sex: [31, 27] },
              { value: 63, sex: [34, 29] },
              { value: 66, sex: [36, 30] },
            ],
            at: c.moment(-12, 27, 11),
          },
        ],
      },
      servicePoint: {
        name: 'Kampong Kraeng Primary School',
        nameKm: 'សាលាបឋមសិក្សាកំពង់ក្រែង',
        kind: 'school',
        adminUnitCode: '070703',
        by: 'edu',
        at: c.moment(-12, 27, 14),
        scorecards: [
          {
            date: c.date(-10, 20),
            by: 'edu',
            participants: { female: 29, male: 22, disability: 2, idPoor: 9, youth: 18 },
            criteria: [
              [both('គ្រូចូលបង្រៀនទាន់ពេល', 'Teachers arrive on time'), 2.3, 4.1],
              [both('បង្គន់ស្អាត និងប្រើបាន', 'Clean, working latrines'), 1.7, 3.2],
              [both('សៀវភៅសិក្សាគ្រប់គ្រាន់', 'Enough textbooks'), 2.5, 3.6],
              [both('ឪពុកម្តាយទទួលបានព័ត៌មានពីលទ្ធផលសិក្សា', 'Parents told about results'), 2, 3.8],
            ],
            actionItems: [
              {
                key: 'latrines',
                description: both('ជួសជុលបង្គន់ និងដំឡើងធុងទឹក', 'Repair the latrines and fit a water tank'),
                owner: 'kampot',
                dueDate: c.date(-7, 28),
                moves: [
                  { at: c.moment(-9, 10, 10), by: 'kampot', status: 'in_progress' },
                  { at: c.moment(-7, 20, 14), by: 'kampot', status: 'done', evidence: 'Two new latrines and a 2,000-litre tank, handed over at the school meeting' },
                ],
              },
              {
                key: 'timetable',
                description: both('បិទផ្សាយកាលវិភាគគ្រូនៅមាត់ទ្វារសាលា', 'Post the teachers’ timetable at the school gate'),
                owner: 'edu_intl',
                dueDate: c.date(-9, 15),
                moves: [{ at: c.moment(-9, 12, 9), by: 'edu', status: 'done' }],
              },
            ],
          },
          {
            date: c.date(-4, 22),
            by: 'edu',
            participants: { female: 33, male: 25, disability: 3, idPoor: 11, youth: 21 },
            criteria: [
              [both('គ្រូចូលបង្រៀនទាន់ពេល', 'Teachers arrive on time'), 3.4, 4],
              [both('បង្គន់ស្អាត និងប្រើបាន', 'Clean, working latrines'), 3.5, 3.8],
              [both('សៀវភៅសិក្សាគ្រប់គ្រាន់', 'Enough textbooks'), 3, 3.4],
              [both('ឪពុកម្តាយទទួលបានព័ត៌មានពីលទ្ធផលសិក្សា', 'Parents told about results'), 3.1, 3.7],
            ],
            actionItems: [
              {
                key: 'textbooks',
                description: both('បញ្ជាទិញសៀវភៅថ្នាក់ទី៤ ដល់ទី៦ ចំនួន ១២០ក្បាល', 'Order 120 textbooks for grades 4 to 6'),
                owner: 'kampot',
                dueDate: c.date(1, 28),
                moves: [{ at: c.moment(-1, 18, 10), by: 'kampot', status: 'in_progress' }],
              },
              {
                key: 'parents-meeting',
                description: both('កិច្ចប្រជុំឪពុកម្តាយប្រចាំត្រីមាសស្តីពីលទ្ធផលសិក្សា', 'Quarterly parents’ meeting on pupils’ results'),
                owner: 'edu_intl',
                dueDate: c.date(-2, 28),
                moves: [{ at: c.moment(-2, 26, 15), by: 'edu', status: 'done', followUp: '64 parents came; results shared class by class.' }],
              },
            ],
          },
        ],
        feedback: [
          {
            text: 'បង្គន់សាលារៀនខូច ក្មេងស្រីមិនហ៊ានប្រើទេ។',
            channel: 'suggestion_box',
            rating: 1,
            at: c.moment(-10, 2, 11),
            triage: { at: c.moment(-9, 5, 10), by: 'kampot', status: 'acted_on', actionItem: 'latrines' },
          },
          { text: 'Teachers start class on time now. My daughter likes school more.', channel: 'sms', rating: 5, at: c.moment(-1, 24, 18) },
        ],
      },
    },

    // Active: a province and a CSO network monitor a commune office; the proposal was sent back once.
    {
      proposal: {
        title: both('ការតាមដានសេវារដ្ឋបាល នៅសាលាឃុំពួក', 'Monitoring administrative services at Puok commune office'),
        function: 'service_monitoring',
        form: 'coordination',
        goals: both(
          'ប្រជាពលរដ្ឋវាយតម្លៃសេវាអត្រានុកូលដ្ឋាន និងសេវារដ្ឋបាលផ្សេងៗនៅសាលាឃុំ។',
          'Citizens rate civil registration and the other administrative services of the commune office.',
        ),
        parties: ['siemreap', 'network'],
        adminUnitCodes: ['170710'],
        sectors: ['governance'],
        startDate: c.date(-7, 1),
        endDate: c.monthEnd(16),
        risks: [{ description: 'Commune clerks are moved and trained staff leave', carriedBy: 'siemreap' }],
      },
      createdBy: 'siemreap',
      createdAt: c.moment(-12, 3, 9),
      history: [
        { at: c.moment(-12, 11, 10), by: 'siemreap', action: 'submit_proposal' },
        {
          at: c.moment(-10, 5, 15),
          by: 'reviewer',
          action: 'return_proposal',
          comment: both('សូមភ្ជាប់បញ្ជីសេវា និងតម្លៃសេវារបស់សាលាឃុំ។', 'Please attach the commune office’s list of services and fees.'),
        },
        { at: c.moment(-10, 15, 9), by: 'siemreap', action: 'submit_proposal' },
        { at: c.moment(-9, 6, 11), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-9, 14, 14), by: 'siemreap', mou: {} },
        { at: c.moment(-9, 26, 10), by: 'siemreap', action: 'submit_mou' },
        { at: c.moment(-8, 14, 16), by: 'reviewer', action: 'approve' },
        { at: c.moment(-8, 18, 9), by: 'network', action: 'sign' },
        { at: c.moment(-8, 25, 11), by: 'siemreap', action: 'sign' },
      ],
      commitments: [
        {
          title: both('ឆ្លើយតបរាល់បណ្តឹងជាលាយលក្ខណ៍អក្សរក្នុងរយៈពេល ១៥ ថ្ងៃ', 'Answer every written complaint within 15 days'),
          owner: 'siemreap',
          dueDate: c.date(-6, 1),
          by: 'siemreap',
          at: c.moment(-8, 27, 10),
          // The province says it was kept, the network that it was only partly kept: a disputed occurrence.
          ratings: [[KEPT, PARTLY]],
        },
        {
          title: both('រៀបចំទិវាព័ត៌មានសម្រាប់ប្រជាពលរដ្ឋរៀងរាល់ត្រីមាស', 'Hold a citizens’ information day every quarter'),
          owner: 'network',
          dueDate: c.date(-5, 12),
          recurrence: 'quarterly',
          by: 'network',
          at: c.moment(-8, 28, 15),
          ratings: [[KEPT, KEPT], [NOT_KEPT, NOT_KEPT]],
        },
      ],
      assessments: [
        { period: c.quarter(-7), scores: { siemreap: STATE_EARLY, network: CSO_LATER } },
        { period: c.quarter(-4), scores: { siemreap: STATE_LATER, network: CSO_MATURE } },
      ],
      servicePoint: {
        name: 'Puok Commune Office',
        nameKm: 'សាលាឃុំពួក',
        kind: 'commune_office',
        adminUnitCode: '170710',
        by: 'network',
        at: c.moment(-7, 3, 10),
        scorecards: [
          {
            date: c.date(-6, 6),
            by: 'network',
            participants: { female: 26, male: 31, disability: 2, idPoor: 8, youth: 12 },
            criteria: [
              [both('រយៈពេលចុះបញ្ជីកំណើត', 'Time to register a birth'), 2.2, 3.9],
              [both('តម្លៃសេវាច្បាស់លាស់', 'Clear service fees'), 1.9, 4.4],
              [both('បុគ្គលិកគួរសម', 'Courteous staff'), 2.8, 4.2],
            ],
            actionItems: [
              {
                key: 'fee-board',
                description: both('បិទផ្សាយតម្លៃសេវាអត្រានុកូលដ្ឋាននីមួយៗ', 'Post the fee of every civil registration service'),
                owner: 'siemreap',
                dueDate: c.date(-5, 10),
                moves: [{ at: c.moment(-5, 6, 10), by: 'siemreap', status: 'done', evidence: 'Fee board at the entrance, in Khmer' }],
              },
              {
                key: 'saturday-mornings',
                description: both('បើកការិយាល័យព្រឹកថ្ងៃសៅរ៍ក្នុងរដូវច្រូតកាត់', 'Open the office on Saturday mornings during the harvest'),
                owner: 'siemreap',
                dueDate: c.date(-3, 28),
                moves: [{ at: c.moment(-5, 15, 9), by: 'siemreap', status: 'in_progress' }],
              },
            ],
          },
          {
            date: c.date(-2, 4),
            by: 'network',
            participants: { female: 30, male: 28, disability: 3, idPoor: 10, youth: 15 },
            criteria: [
              [both('រយៈពេលចុះបញ្ជីកំណើត', 'Time to register a birth'), 3, 3.8],
              [both('តម្លៃសេវាច្បាស់លាស់', 'Clear service fees'), 3.3, 4.1],
              [both('បុគ្គលិកគួរសម', 'Courteous staff'), 3.5, 4.1],
            ],
            actionItems: [
              {
                key: 'courtesy-training',
                description: both('បណ្តុះបណ្តាលស្មៀនឃុំលើការបម្រើសេវាប្រកបដោយភាពគួរសម', 'Train the commune clerks in courteous service'),
                owner: 'network',
                dueDate: c.date(1, 10),
                moves: [],
              },
            ],
          },
        ],
        feedback: [
          {
            text: 'ការចុះសំបុត្រកំណើតកូនខ្ញុំត្រូវរង់ចាំបីថ្ងៃ។',
            channel: 'hotline',
            rating: 2,
            at: c.moment(-5, 25, 10),
            triage: { at: c.moment(-5, 28, 9), by: 'network', status: 'acknowledged' },
          },
          { text: 'Staff explained the fees clearly this time.', channel: 'web', rating: 4, at: c.moment(-1, 16, 13) },
        ],
      },
    },

    // Completed at its end date, waiting for the final review.
    {
      proposal: {
        title: both('សេវាសុខភាពមាតា និងទារកតាមភូមិ ស្រុកបាទី', 'Maternal and newborn health outreach in Bati villages'),
        function: 'service_delivery',
        form: 'collaboration',
        goals: both(
          'ឆ្មប និងអ្នកស្ម័គ្រចិត្តចុះជួបស្ត្រីមានផ្ទៃពោះតាមភូមិដាច់ស្រយាលរៀងរាល់ខែ។',
          'Midwives and volunteers visit pregnant women in remote villages every month.',
        ),
        parties: ['takeo', 'khmer_health'],
        adminUnitCodes: ['2102'],
        sectors: ['health', 'gender'],
        startDate: c.date(-23, 1),
        endDate: c.monthEnd(-2),
        contributions: [
          { organization: 'takeo', kind: 'staff', description: 'A midwife from the referral hospital for each outreach day' },
          { organization: 'khmer_health', kind: 'cash', description: 'Transport and volunteers’ allowances', amount: 9200, currency: 'USD' },
        ],
      },
      createdBy: 'sna',
      createdAt: c.moment(-27, 5, 9),
      history: [
        { at: c.moment(-27, 12, 10), by: 'sna', action: 'submit_proposal' },
        { at: c.moment(-25, 5, 14), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-25, 13, 9), by: 'sna', mou: {} },
        { at: c.moment(-25, 20, 11), by: 'sna', action: 'submit_mou' },
        { at: c.moment(-24, 3, 15), by: 'reviewer', action: 'approve' },
        { at: c.moment(-24, 8, 10), by: 'sna.signatory', action: 'sign' },
        { at: c.moment(-24, 12, 14), by: 'cso.signatory', action: 'sign' },
        { at: c.moment(-1, 3, 10), by: 'reviewer', action: 'complete', comment: END_DATE_REACHED },
      ],
      commitments: [
        {
          title: both('បញ្ជូនឆ្មបម្នាក់ទៅរាល់ថ្ងៃចុះមូលដ្ឋាន', 'Send a midwife to every outreach day'),
          owner: 'takeo',
          dueDate: c.date(-22, 15),
          recurrence: 'quarterly',
          clauseKey: 'contributions',
          by: 'sna',
          at: c.moment(-24, 16, 10),
          ratings: [[KEPT, KEPT], [KEPT, KEPT], [NOT_KEPT, NOT_KEPT], [PARTLY, PARTLY], [KEPT, KEPT], [KEPT, KEPT], [KEPT, KEPT]],
        },
        {
          title: both('រាយការណ៍ការចុះមូលដ្ឋានរៀងរាល់ត្រីមាស ដោយបែងចែកតាមភេទ', 'Report the outreach visits every quarter, with figures by sex'),
          owner: 'khmer_health',
          dueDate: c.date(-21, 10),
          recurrence: 'quarterly',
          clauseKey: 'reporting',
          by: 'cso',
          at: c.moment(-24, 17, 11),
          ratings: [[KEPT, KEPT], [PARTLY, PARTLY], [KEPT, KEPT], [KEPT, KEPT], [NOT_KEPT, NOT_KEPT], [KEPT, KEPT], [KEPT, KEPT]],
        },
      ],
      assessments: [
        { period: c.quarter(-19), scores: { takeo: STATE_EARLY, khmer_health: CSO_EARLY } },
        { period: c.quarter(-12), scores: { takeo: STATE_LATER, khmer_health: CSO_LATER } },
        { period: c.quarter(-5), scores: { takeo: STATE_MATURE, khmer_health: CSO_MATURE } },
      ],
    },

    // Closed after its final review.
    {
      proposal: {
        title: both('បណ្តុះបណ្តាលក្រុមប្រឹក្សាឃុំស្តីពីគណនេយ្យភាពសង្គម ខេត្តតាកែវ', 'Social accountability training for Takéo commune councils'),
        function: 'capacity_building',
        form: 'coordination',
        goals: both(
          'ក្រុមប្រឹក្សាឃុំរៀនពីរបៀបផ្សព្វផ្សាយព័ត៌មានថវិកា និងទទួលមតិយោបល់ពីប្រជាពលរដ្ឋ។',
          'Commune councils learn to publish budget information and to take citizens’ feedback.',
        ),
        parties: ['takeo', 'network'],
        adminUnitCodes: ['21'],
        sectors: ['governance'],
        startDate: c.date(-31, 1),
        endDate: c.monthEnd(-10),
      },
      createdBy: 'network',
      createdAt: c.moment(-34, 6, 10),
      history: [
        { at: c.moment(-34, 16, 11), by: 'network', action: 'submit_proposal' },
        { at: c.moment(-33, 3, 14), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-33, 10, 9), by: 'network', mou: {} },
        { at: c.moment(-33, 18, 10), by: 'network', action: 'submit_mou' },
        { at: c.moment(-32, 2, 15), by: 'reviewer', action: 'approve' },
        { at: c.moment(-32, 6, 9), by: 'network', action: 'sign' },
        { at: c.moment(-32, 11, 11), by: 'sna.signatory', action: 'sign' },
        { at: c.moment(-9, 8, 10), by: 'reviewer', action: 'complete', comment: END_DATE_REACHED },
        {
          at: c.moment(-9, 22, 14),
          by: 'reviewer',
          review: {
            kind: 'final',
            decision: 'close',
            lessons: both(
              'ការណែនាំក្រុមប្រឹក្សាបន្ទាប់ពីវគ្គបណ្តុះបណ្តាល នាំមកនូវការផ្លាស់ប្តូរច្រើនជាងវគ្គបណ្តុះបណ្តាលខ្លួនឯង។ គួររៀបចំវាតាំងពីដំបូង។',
              'Coaching the councils after the training changed more than the training itself. Plan it from the start.',
            ),
          },
        },
        { at: c.moment(-8, 5, 9), by: 'reviewer', action: 'close' },
      ],
      commitments: [
        {
          title: both('អនុញ្ញាតឱ្យសមាជិកក្រុមប្រឹក្សាចូលរួមវគ្គបណ្តុះបណ្តាលប្រាំថ្ងៃ', 'Release the councillors for the five training days'),
          owner: 'takeo',
          dueDate: c.date(-29, 1),
          by: 'sna',
          at: c.moment(-32, 15, 10),
          ratings: [[KEPT, KEPT]],
        },
        {
          title: both('ណែនាំក្រុមប្រឹក្សាឃុំនីមួយៗរៀងរាល់ត្រីមាស', 'Coach every trained commune council each quarter'),
          owner: 'network',
          dueDate: c.date(-30, 15),
          recurrence: 'quarterly',
          by: 'network',
          at: c.moment(-32, 16, 14),
          ratings: [[KEPT, KEPT], [KEPT, KEPT], [PARTLY, PARTLY], [KEPT, KEPT], [KEPT, KEPT], [KEPT, KEPT], [NOT_KEPT, NOT_KEPT]],
        },
      ],
      assessments: [
        { period: c.quarter(-28), scores: { takeo: STATE_EARLY, network: CSO_EARLY } },
        { period: c.quarter(-20), scores: { takeo: STATE_LATER, network: CSO_EARLY } },
        { period: c.quarter(-12), scores: { takeo: STATE_LATER, network: CSO_MATURE } },
      ],
    },

    // Suspended: the municipal budget for the trucks did not come.
    {
      proposal: {
        title: both('ការប្រមូលសំរាមតាមផ្ទះ នៅក្រុងកំពត', 'Household waste collection in Kampot town'),
        function: 'infrastructure',
        form: 'collaboration',
        goals: both('ផ្ទះនីមួយៗមានការប្រមូលសំរាមពីរដងក្នុងមួយសប្តាហ៍។', 'Every household has its waste collected twice a week.'),
        parties: ['kampot', 'network'],
        adminUnitCodes: ['0708'],
        sectors: ['environment'],
        startDate: c.date(-9, 1),
        endDate: c.monthEnd(15),
        risks: [{ description: 'Collection trucks are bought late', carriedBy: 'kampot' }],
      },
      createdBy: 'kampot',
      createdAt: c.moment(-13, 8, 10),
      history: [
        { at: c.moment(-13, 13, 9), by: 'kampot', action: 'submit_proposal' },
        { at: c.moment(-11, 1, 14), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-11, 8, 10), by: 'kampot', mou: {} },
        { at: c.moment(-11, 15, 11), by: 'kampot', action: 'submit_mou' },
        { at: c.moment(-10, 3, 15), by: 'reviewer', action: 'approve' },
        { at: c.moment(-10, 8, 9), by: 'network', action: 'sign' },
        { at: c.moment(-10, 13, 10), by: 'kampot', action: 'sign' },
        {
          at: c.moment(-1, 16, 11),
          by: 'reviewer',
          action: 'suspend',
          reason: both(
            'ឡានប្រមូលសំរាមមិនទាន់បានទិញ ដោយសារថវិកាក្រុងយឺតយ៉ាវ។ ភាគីទាំងពីរស្នើសុំផ្អាកសិន។',
            'The collection trucks were not bought: the municipal budget is late. Both parties asked for a pause.',
          ),
        },
      ],
      commitments: [
        {
          title: both('ប្រមូលសំរាមពីរដងក្នុងមួយសប្តាហ៍ នៅគ្រប់សង្កាត់', 'Collect waste twice a week in every sangkat'),
          owner: 'kampot',
          dueDate: c.date(-8, 5),
          recurrence: 'quarterly',
          by: 'kampot',
          at: c.moment(-10, 18, 10),
          ratings: [[KEPT, KEPT], [PARTLY, PARTLY], [NOT_KEPT, NOT_KEPT]],
        },
        {
          title: both('រៀបចំទិវាសម្អាតជាមួយក្រុមយុវជន', 'Hold a clean-up day with youth groups'),
          owner: 'network',
          dueDate: c.date(-6, 20),
          by: 'network',
          at: c.moment(-10, 19, 15),
          ratings: [[KEPT, KEPT]],
        },
      ],
      assessments: [{ period: c.quarter(-7), scores: { kampot: STATE_LATER, network: CSO_EARLY } }],
    },

    // Terminated: the partner's funding ended early.
    {
      proposal: {
        title: both('បណ្តុះបណ្តាលគ្រូមត្តេយ្យសិក្សា ស្រុកពួក', 'Pre-school teacher training in Puok district'),
        function: 'capacity_building',
        form: 'collaboration',
        goals: both('គ្រូមត្តេយ្យសិក្សា ៤០នាក់ទទួលបានការបណ្តុះបណ្តាល និងការណែនាំ។', 'Forty pre-school teachers trained and coached.'),
        parties: ['siemreap', 'edu_intl'],
        adminUnitCodes: ['1707'],
        sectors: ['education'],
        startDate: c.date(-14, 1),
        endDate: c.monthEnd(8),
      },
      createdBy: 'edu',
      createdAt: c.moment(-18, 2, 10),
      history: [
        { at: c.moment(-18, 9, 11), by: 'edu', action: 'submit_proposal' },
        { at: c.moment(-17, 4, 14), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-17, 14, 10), by: 'edu', mou: {} },
        { at: c.moment(-17, 24, 9), by: 'edu', action: 'submit_mou' },
        {
          at: c.moment(-16, 10, 15),
          by: 'reviewer',
          action: 'request_changes',
          comment: both('ការចូលរួម៖ សូមបញ្ជាក់ថាអ្នកណាចេញថ្លៃធ្វើដំណើររបស់គ្រូ។', 'Contributions: say who pays the teachers’ travel.'),
        },
        {
          at: c.moment(-16, 16, 10),
          by: 'edu',
          mou: {
            addToClause: {
              key: 'contributions',
              en: ' Education Partners International pays the teachers’ travel to the training; the Provincial Administration provides the training hall.',
              km: ' អង្គការដៃគូអប់រំអន្តរជាតិចេញថ្លៃធ្វើដំណើររបស់គ្រូទៅវគ្គបណ្តុះបណ្តាល ហើយរដ្ឋបាលខេត្តផ្តល់សាលបណ្តុះបណ្តាល។',
            },
          },
        },
        { at: c.moment(-16, 20, 11), by: 'edu', action: 'submit_mou' },
        { at: c.moment(-15, 8, 14), by: 'reviewer', action: 'approve' },
        { at: c.moment(-15, 13, 10), by: 'edu', action: 'sign' },
        { at: c.moment(-15, 27, 15), by: 'siemreap', action: 'sign' },
        {
          at: c.moment(-1, 15, 10),
          by: 'reviewer',
          action: 'terminate',
          reason: both(
            'មូលនិធិរបស់ដៃគូសម្រាប់ខេត្តសៀមរាបបានបញ្ចប់ ខេត្តបន្តការបណ្តុះបណ្តាលដោយបុគ្គលិករបស់ខ្លួន។',
            'The partner’s funding for Siem Reap ended; the province continues the training with its own staff.',
          ),
        },
      ],
      commitments: [
        {
          title: both('បណ្តុះបណ្តាលគ្រូមត្តេយ្យសិក្សា ៤០នាក់', 'Train 40 pre-school teachers'),
          owner: 'edu_intl',
          dueDate: c.date(-10, 28),
          by: 'edu',
          at: c.moment(-14, 3, 10),
          ratings: [[PARTLY, PARTLY]],
        },
        {
          title: both('ចេញថ្លៃធ្វើដំណើររបស់គ្រូទៅវគ្គបណ្តុះបណ្តាល', 'Pay the teachers’ travel to the training'),
          owner: 'siemreap',
          dueDate: c.date(-11, 15),
          by: 'siemreap',
          at: c.moment(-14, 4, 11),
          ratings: [[KEPT, KEPT]],
        },
      ],
    },

    // Waiting for the network's signature.
    {
      proposal: {
        title: both('ប្រអប់មតិយោបល់ប្រជាពលរដ្ឋ នៅការិយាល័យច្រកចេញចូលតែមួយ ក្រុងដូនកែវ', 'Citizen feedback boxes at the Doun Kaev one-window office'),
        function: 'information_sharing',
        form: 'information_sharing',
        goals: both('បណ្តាញប្រមូលមតិយោបល់ ហើយការិយាល័យឆ្លើយតបជាសាធារណៈរៀងរាល់ខែ។', 'The network collects feedback; the office answers in public every month.'),
        parties: ['takeo', 'network'],
        adminUnitCodes: ['2108'],
        sectors: ['governance'],
        startDate: c.date(1, 1),
        endDate: c.monthEnd(12),
      },
      createdBy: 'sna',
      createdAt: c.moment(-4, 6, 10),
      history: [
        { at: c.moment(-4, 11, 11), by: 'sna', action: 'submit_proposal' },
        { at: c.moment(-3, 2, 14), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-3, 9, 10), by: 'sna', mou: {} },
        { at: c.moment(-3, 16, 9), by: 'sna', action: 'submit_mou' },
        { at: c.moment(-2, 6, 15), by: 'reviewer', action: 'approve' },
        { at: c.moment(-2, 11, 10), by: 'sna.signatory', action: 'sign' },
      ],
    },

    // In MoU review for over two months: the slowest step of the portfolio.
    {
      proposal: {
        title: both('តាមដានកម្មវិធីអាហារតាមសាលារៀន ស្រុកឈូក', 'Monitoring school meals in Chhuk district'),
        function: 'service_monitoring',
        form: 'collaboration',
        goals: both('សិស្សគ្រប់រូបទទួលបានអាហារពេលព្រឹកដែលមានគុណភាព។', 'Every pupil gets a good breakfast at school.'),
        parties: ['kampot', 'edu_intl'],
        adminUnitCodes: ['0703'],
        sectors: ['education'],
        startDate: c.date(2, 1),
        endDate: c.monthEnd(25),
      },
      createdBy: 'edu',
      createdAt: c.moment(-7, 2, 9),
      history: [
        { at: c.moment(-7, 12, 10), by: 'edu', action: 'submit_proposal' },
        { at: c.moment(-5, 12, 14), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-5, 23, 11), by: 'edu', mou: {} },
        { at: c.moment(-4, 5, 9), by: 'edu', action: 'submit_mou' },
        {
          at: c.moment(-4, 19, 16),
          by: 'reviewer',
          action: 'request_changes',
          comment: both('តួនាទី៖ សូមបញ្ជាក់ថាអ្នកណាពិនិត្យអាហារ និងញឹកញាប់ប៉ុណ្ណា។', 'Roles: say who checks the meals, and how often.'),
        },
        {
          at: c.moment(-4, 25, 10),
          by: 'edu',
          mou: {
            addToClause: {
              key: 'roles',
              en: ' The school support committee checks the meals with the cooks every week.',
              km: ' គណៈកម្មការទ្រទ្រង់សាលារៀនពិនិត្យអាហារជាមួយអ្នកចម្អិនរៀងរាល់សប្តាហ៍។',
            },
          },
        },
        { at: c.moment(-3, 3, 11), by: 'edu', action: 'submit_mou' },
      ],
    },

    // The MoU is being drafted (the district needed the province's endorsement first).
    {
      proposal: {
        title: both('គណៈកម្មការថែទាំផ្លូវជនបទ ឃុំចំបក់ និងឃុំពារាម', 'Rural road maintenance committees in Chambak and Pea Ream'),
        function: 'infrastructure',
        form: 'integrated',
        goals: both('ភូមិនីមួយៗមានគណៈកម្មការថែទាំផ្លូវ ដែលមានស្ត្រីយ៉ាងតិចពាក់កណ្តាល។', 'Every village has a road maintenance committee, at least half of it women.'),
        parties: ['bati', 'network'],
        adminUnitCodes: ['210201', '210209'],
        sectors: ['roads_infrastructure'],
        startDate: c.date(2, 1),
        endDate: c.monthEnd(26),
      },
      createdBy: 'district',
      createdAt: c.moment(-3, 4, 10),
      history: [
        { at: c.moment(-3, 12, 9), by: 'district', action: 'submit_proposal' },
        { at: c.moment(-2, 3, 14), by: 'sna', action: 'endorse' },
        { at: c.moment(-2, 12, 11), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-1, 10, 15), by: 'network', mou: {} },
      ],
    },

    // Waiting for the reviewer's decision on the proposal.
    {
      proposal: {
        title: both('ការសម្រុះសម្រួលវិវាទដីធ្លីនៅសហគមន៍ ខេត្តសៀមរាប', 'Community mediation of land disputes in Siem Reap'),
        function: 'dispute_resolution',
        form: 'coordination',
        goals: both('វិវាទដីធ្លីតូចៗត្រូវបានដោះស្រាយនៅឃុំ មុនពេលទៅដល់តុលាការ។', 'Small land disputes are settled at the commune before they reach the courts.'),
        parties: ['siemreap', 'network'],
        adminUnitCodes: ['17'],
        sectors: ['land'],
        startDate: c.date(2, 1),
        endDate: c.monthEnd(20),
      },
      createdBy: 'network',
      createdAt: c.moment(-2, 1, 14),
      history: [{ at: c.moment(-2, 7, 10), by: 'network', action: 'submit_proposal' }],
    },

    // Back in draft: the reviewer returned the proposal.
    {
      proposal: {
        title: both('សេវាសុខភាពដែលគិតគូរដល់ជនមានពិការភាព ស្រុកត្រាំកក់', 'Disability-inclusive health services in Tram Kak'),
        function: 'service_delivery',
        form: 'collaboration',
        goals: both('ជនមានពិការភាពអាចចូលប្រើសេវាមណ្ឌលសុខភាពទាំងអស់ក្នុងស្រុក។', 'People with disabilities can use every health centre of the district.'),
        parties: ['takeo', 'khmer_health'],
        adminUnitCodes: ['2109'],
        sectors: ['health', 'disability'],
        startDate: c.date(3, 1),
        endDate: c.monthEnd(27),
      },
      createdBy: 'cso',
      createdAt: c.moment(-3, 1, 10),
      history: [
        { at: c.moment(-3, 8, 11), by: 'cso', action: 'submit_proposal' },
        {
          at: c.moment(-2, 1, 15),
          by: 'reviewer',
          action: 'return_proposal',
          comment: both(
            'សូមបន្ថែមការចូលរួមរបស់ការិយាល័យសុខាភិបាលស្រុក និងបញ្ជាក់ថាភាគីណាទទួលហានិភ័យនីមួយៗ។',
            'Please add the district health office’s contribution and say who carries each risk.',
          ),
        },
      ],
    },

    // Declined: it duplicated a programme already running.
    {
      proposal: {
        title: both('គាំទ្រការកែលម្អវិធានថវិកាឃុំ ខេត្តកំពត', 'Influencing commune budget rules in Kampot'),
        function: 'policy_influence',
        form: 'information_sharing',
        goals: both('ប្រជាពលរដ្ឋចូលរួមផ្តល់យោបល់លើវិធានថវិកាឃុំ។', 'Citizens have a say in the rules of commune budgets.'),
        parties: ['kampot', 'network'],
        adminUnitCodes: ['07'],
        sectors: ['governance'],
        startDate: c.date(-4, 1),
        endDate: c.monthEnd(8),
      },
      createdBy: 'network',
      createdAt: c.moment(-8, 3, 11),
      history: [
        { at: c.moment(-8, 9, 10), by: 'network', action: 'submit_proposal' },
        {
          at: c.moment(-6, 8, 14),
          by: 'reviewer',
          action: 'decline',
          reason: both(
            'ត្រួតគ្នាជាមួយកម្មវិធីតម្លាភាពថវិកាខេត្ត សូមចូលរួមក្នុងកម្មវិធីនោះជំនួសវិញ។',
            'It duplicates the provincial budget transparency programme; please join that programme instead.',
          ),
        },
      ],
    },

    // Withdrawn by the association while the MoU was drafted.
    {
      proposal: {
        title: both('គ្លីនិកសុខភាពចល័តសម្រាប់ភូមិដាច់ស្រយាល ស្រុកបាទី', 'Mobile health clinic for the remote villages of Bati'),
        function: 'service_delivery',
        form: 'collaboration',
        goals: both('គ្លីនិកចល័តចុះភូមិដាច់ស្រយាលនីមួយៗពីរដងក្នុងមួយខែ។', 'A mobile clinic visits each remote village twice a month.'),
        parties: ['bati', 'khmer_health'],
        adminUnitCodes: ['210207', '210208'],
        sectors: ['health'],
        startDate: c.date(-6, 1),
        endDate: c.monthEnd(18),
      },
      createdBy: 'cso',
      createdAt: c.moment(-9, 2, 10),
      history: [
        { at: c.moment(-9, 10, 11), by: 'cso', action: 'submit_proposal' },
        { at: c.moment(-9, 22, 9), by: 'sna', action: 'endorse' },
        { at: c.moment(-8, 7, 14), by: 'reviewer', action: 'accept_proposal' },
        { at: c.moment(-8, 17, 10), by: 'cso', mou: {} },
        { at: c.moment(-7, 8, 15), by: 'cso', action: 'withdraw', comment: both('ម្ចាស់ជំនួយបានដកជំនួយរថយន្តវិញ។', 'The donor withdrew the vehicle grant.') },
      ],
    },
  ];
}
