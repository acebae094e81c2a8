import { CONTRIBUTION_KIND_LABELS, FORM_LABELS, ORGANIZATION_KIND_LABELS } from './i18n-labels.js';
import type { Bilingual } from './locale.js';
import type { ContributionKind, PartnershipForm, PartnershipFunction } from './partnership-classification.js';
import type { OrganizationKind } from './roles.js';
import { SHARED_RISK } from './schemas/partnership.js';

// The first MoU version, prefilled from the proposal; the parties then co-draft it clause by clause.

export const MOU_CLAUSE_KEYS = [
  'purpose',
  'roles',
  'contributions',
  'decision_making',
  'reporting',
  'dispute_resolution',
  'duration',
  'termination',
] as const;
export type MouClauseKey = (typeof MOU_CLAUSE_KEYS)[number];

export interface MouTemplateParty {
  id: string;
  name: string;
  nameKm?: string;
  kind: OrganizationKind;
}

export interface MouTemplateInput {
  title: string;
  function: PartnershipFunction;
  form: PartnershipForm;
  goals: string;
  parties: readonly MouTemplateParty[];
  contributions: readonly {
    organizationId: string;
    kind: ContributionKind;
    description: string;
    amount?: number;
    currency?: string;
  }[];
  /** `carriedBy`: a party's organisation id, or SHARED_RISK. */
  risks: readonly { description: string; carriedBy: string }[];
  /** Names of the partnership's administrative areas, in each language. */
  areaNames: { en: readonly string[]; km: readonly string[] };
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
}

export interface MouTemplateClause {
  key: MouClauseKey;
  titleEn: string;
  textEn: string;
  titleKm: string;
  textKm: string;
}

const CLAUSE_TITLES: Readonly<Record<MouClauseKey, Bilingual>> = {
  purpose: { en: 'Purpose', km: 'គោលបំណង' },
  roles: { en: 'Roles and responsibilities', km: 'តួនាទី និងការទទួលខុសត្រូវ' },
  contributions: { en: 'Contributions of the parties', km: 'ការរួមចំណែករបស់ភាគី' },
  decision_making: { en: 'Decision-making', km: 'ការធ្វើសេចក្តីសម្រេច' },
  reporting: { en: 'Reporting', km: 'ការរាយការណ៍' },
  dispute_resolution: { en: 'Dispute resolution', km: 'ការដោះស្រាយវិវាទ' },
  duration: { en: 'Duration', km: 'រយៈពេលអនុវត្ត' },
  termination: { en: 'Termination', km: 'ការបញ្ឈប់អនុស្សរណៈ' },
};

// What the partnership is for changes what it aims at and what the parties report on.
const FUNCTION_CLAUSES: Readonly<Record<PartnershipFunction, { purpose: Bilingual; reporting: Bilingual }>> = {
  service_delivery: {
    purpose: {
      en: 'The partnership aims to deliver public services jointly, so that citizens in the area receive services of better quality, closer to them and more equitably.',
      km: 'ភាពជាដៃគូនេះមានគោលបំណងផ្តល់សេវាសាធារណៈរួមគ្នា ដើម្បីឱ្យប្រជាពលរដ្ឋនៅក្នុងតំបន់ទទួលបានសេវាដែលមានគុណភាពប្រសើរជាងមុន នៅជិតខ្លួន និងប្រកបដោយសមធម៌។',
    },
    reporting: {
      en: 'Each quarter, the parties report on the services delivered: who received them, where, and of what quality, with figures broken down by sex.',
      km: 'ជារៀងរាល់ត្រីមាស ភាគីរាយការណ៍អំពីសេវាដែលបានផ្តល់៖ អ្នកទទួលសេវា ទីកន្លែង និងគុណភាពនៃសេវា ដោយមានតួលេខបែងចែកតាមភេទ។',
    },
  },
  infrastructure: {
    purpose: {
      en: 'The partnership aims to plan, build and maintain local infrastructure sub-projects together with the communities that use them.',
      km: 'ភាពជាដៃគូនេះមានគោលបំណងរៀបចំផែនការ សាងសង់ និងថែទាំគម្រោងរងហេដ្ឋារចនាសម្ព័ន្ធមូលដ្ឋាន ដោយមានការចូលរួមពីសហគមន៍ដែលប្រើប្រាស់។',
    },
    reporting: {
      en: 'Each quarter, the parties report on the progress of every sub-project (works completed, spending against the budget, quality checks) and, once it is handed over, on its use and maintenance.',
      km: 'ជារៀងរាល់ត្រីមាស ភាគីរាយការណ៍អំពីវឌ្ឍនភាពនៃគម្រោងរងនីមួយៗ (ការងារដែលបានបញ្ចប់ ការចំណាយធៀបនឹងថវិកា និងការត្រួតពិនិត្យគុណភាព) ហើយក្រោយពេលប្រគល់ជូនរួច រាយការណ៍អំពីការប្រើប្រាស់ និងការថែទាំ។',
    },
  },
  service_monitoring: {
    purpose: {
      en: 'The partnership aims to monitor public services with citizens through community scorecards, and to follow up the Joint Accountability Action Plans (JAAP) agreed between service providers and citizens.',
      km: 'ភាពជាដៃគូនេះមានគោលបំណងតាមដានសេវាសាធារណៈរួមជាមួយប្រជាពលរដ្ឋ តាមរយៈប័ណ្ណដាក់ពិន្ទុសហគមន៍ និងតាមដានការអនុវត្តផែនការសកម្មភាពគណនេយ្យភាពរួម (JAAP) ដែលបានឯកភាពគ្នារវាងអ្នកផ្តល់សេវា និងប្រជាពលរដ្ឋ។',
    },
    reporting: {
      en: 'After each community scorecard round, the parties report the scores given by citizens and by service providers and the JAAP items agreed; at each follow-up, they report the status of every JAAP item with its evidence.',
      km: 'បន្ទាប់ពីការវាយតម្លៃដោយប័ណ្ណដាក់ពិន្ទុសហគមន៍ម្តងៗ ភាគីរាយការណ៍អំពីពិន្ទុដែលផ្តល់ដោយប្រជាពលរដ្ឋ និងដោយអ្នកផ្តល់សេវា ព្រមទាំងចំណុចនៃផែនការ JAAP ដែលបានឯកភាព។ នៅរាល់ការតាមដាន ភាគីរាយការណ៍អំពីស្ថានភាពនៃចំណុចនីមួយៗនៃផែនការ JAAP ព្រមទាំងភស្តុតាង។',
    },
  },
  capacity_building: {
    purpose: {
      en: 'The partnership aims to strengthen the knowledge and skills of the staff and members of the parties through training, coaching and learning together.',
      km: 'ភាពជាដៃគូនេះមានគោលបំណងពង្រឹងចំណេះដឹង និងជំនាញរបស់មន្ត្រី បុគ្គលិក និងសមាជិករបស់ភាគី តាមរយៈការបណ្តុះបណ្តាល ការណែនាំ និងការរៀនសូត្ររួមគ្នា។',
    },
    reporting: {
      en: 'Each quarter, the parties report on the training and coaching held, the number of participants broken down by sex, and the changes in practice observed afterwards.',
      km: 'ជារៀងរាល់ត្រីមាស ភាគីរាយការណ៍អំពីវគ្គបណ្តុះបណ្តាល និងការណែនាំដែលបានរៀបចំ ចំនួនអ្នកចូលរួមបែងចែកតាមភេទ និងការផ្លាស់ប្តូរក្នុងការអនុវត្តការងារដែលសង្កេតឃើញបន្ទាប់មក។',
    },
  },
  policy_influence: {
    purpose: {
      en: 'The partnership aims to bring the needs of citizens and evidence from the field into the plans and programmes of the subnational administrations and of the Royal Government.',
      km: 'ភាពជាដៃគូនេះមានគោលបំណងនាំយកតម្រូវការរបស់ប្រជាពលរដ្ឋ និងភស្តុតាងពីមូលដ្ឋាន ចូលទៅក្នុងផែនការ និងកម្មវិធីរបស់រដ្ឋបាលថ្នាក់ក្រោមជាតិ និងរបស់រាជរដ្ឋាភិបាល។',
    },
    reporting: {
      en: 'Each half-year, the parties report on the proposals made for plans and programmes, the forums where they were presented, and the decisions taken on them.',
      km: 'ជារៀងរាល់ឆមាស ភាគីរាយការណ៍អំពីសំណើដែលបានដាក់សម្រាប់ផែនការ និងកម្មវិធី វេទិកាដែលបានបង្ហាញសំណើទាំងនោះ និងសេចក្តីសម្រេចដែលបានធ្វើឡើងលើសំណើទាំងនោះ។',
    },
  },
  dispute_resolution: {
    purpose: {
      en: 'The partnership aims to help settle local disputes peacefully, fairly and quickly, through conciliation close to the people concerned.',
      km: 'ភាពជាដៃគូនេះមានគោលបំណងជួយដោះស្រាយវិវាទនៅមូលដ្ឋានដោយសន្តិវិធី យុត្តិធម៌ និងឆាប់រហ័ស តាមរយៈការផ្សះផ្សានៅជិតប្រជាពលរដ្ឋដែលពាក់ព័ន្ធ។',
    },
    reporting: {
      en: 'Each quarter, the parties report on the disputes received, settled and referred elsewhere, without disclosing the personal data of the people involved.',
      km: 'ជារៀងរាល់ត្រីមាស ភាគីរាយការណ៍អំពីវិវាទដែលបានទទួល បានដោះស្រាយ និងបានបញ្ជូនបន្ត ដោយមិនបង្ហាញទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកពាក់ព័ន្ធឡើយ។',
    },
  },
  information_sharing: {
    purpose: {
      en: 'The partnership aims to share information regularly between the parties and with citizens, including on budgets, services and the progress of the joint work.',
      km: 'ភាពជាដៃគូនេះមានគោលបំណងចែករំលែកព័ត៌មានជាប្រចាំរវាងភាគី និងជាមួយប្រជាពលរដ្ឋ រួមទាំងព័ត៌មានអំពីថវិកា សេវា និងវឌ្ឍនភាពនៃការងាររួម។',
    },
    reporting: {
      en: 'Each half-year, the parties report on the information shared, the channels used and the number of citizens reached.',
      km: 'ជារៀងរាល់ឆមាស ភាគីរាយការណ៍អំពីព័ត៌មានដែលបានចែករំលែក មធ្យោបាយដែលបានប្រើ និងចំនួនប្រជាពលរដ្ឋដែលទទួលបានព័ត៌មាន។',
    },
  },
};

const PARTY_ROLES: Readonly<Record<OrganizationKind, Bilingual>> = {
  state: {
    en: 'leads the coordination with the administrations and offices concerned, brings the activities and results of the partnership into its own plans, and gives the other parties the information they need.',
    km: 'ដឹកនាំការសម្របសម្រួលជាមួយរដ្ឋបាល និងការិយាល័យពាក់ព័ន្ធ បញ្ចូលសកម្មភាព និងលទ្ធផលនៃភាពជាដៃគូទៅក្នុងផែនការរបស់ខ្លួន និងផ្តល់ព័ត៌មានចាំបាច់ដល់ភាគីផ្សេងទៀត។',
  },
  non_state: {
    en: 'mobilises citizens and communities to take part, facilitates the joint activities, and reports on the results together with the other parties.',
    km: 'លើកទឹកចិត្តប្រជាពលរដ្ឋ និងសហគមន៍ឱ្យចូលរួម សម្របសម្រួលសកម្មភាពរួម និងរាយការណ៍អំពីលទ្ធផលរួមជាមួយភាគីផ្សេងទៀត។',
  },
};

// Currencies named in words in Khmer; any other currency keeps its code.
const CURRENCY_NAMES_KM: Readonly<Record<string, string>> = { KHR: 'រៀល', USD: 'ដុល្លារអាមេរិក' };

const MONTHS: Readonly<Record<'en' | 'km', readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  km: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
};

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const inKhmerDigits = (text: string): string => text.replace(/[0-9]/g, (digit) => KHMER_DIGITS[Number(digit)] ?? digit);

function dateParts(isoDate: string): { day: number; month: number; year: number } {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { day: day ?? 1, month: month ?? 1, year: year ?? 0 };
}

const dateEn = (isoDate: string): string => {
  const { day, month, year } = dateParts(isoDate);
  return `${day} ${MONTHS.en[month - 1]} ${year}`;
};

const dateKm = (isoDate: string): string => {
  const { day, month, year } = dateParts(isoDate);
  return inKhmerDigits(`ថ្ងៃទី${day} ខែ${MONTHS.km[month - 1]} ឆ្នាំ${year}`);
};

const amountEn = (amount: number): string => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount);
// Khmer groups thousands with a space (as the validation messages do) and writes the decimal comma.
const amountKm = (amount: number): string => inKhmerDigits(amountEn(amount).replace(/,/g, ' ').replace('.', ','));

function listEn(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function listKm(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} និង ${items[items.length - 1]}`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const nameKmOf = (party: MouTemplateParty): string => party.nameKm ?? party.name;

const paragraphs = (...parts: (string | null)[]): string => parts.filter((part) => part !== null).join('\n\n');

type ClauseTexts = Readonly<Record<MouClauseKey, Bilingual>>;

function clauseTexts(input: MouTemplateInput): ClauseTexts {
  const { parties } = input;
  const P = { en: listEn(parties.map((party) => party.name)), km: listKm(parties.map(nameKmOf)) };
  const two = parties.length === 2;
  const all = two ? { en: 'both parties', km: 'ភាគីទាំងពីរ' } : { en: 'all parties', km: 'ភាគីទាំងអស់' };
  const others = two ? { en: 'the other party', km: 'ភាគីម្ខាងទៀត' } : { en: 'the other parties', km: 'ភាគីផ្សេងទៀត' };
  const another = two ? { en: 'the other party', km: 'ភាគីម្ខាងទៀត' } : { en: 'another party', km: 'ភាគីមួយផ្សេងទៀត' };
  const form = FORM_LABELS[input.form];
  const specific = FUNCTION_CLAUSES[input.function];

  const carrier = (carriedBy: string): Bilingual => {
    if (carriedBy === SHARED_RISK) return { en: `${all.en} together`, km: `${all.km}រួមគ្នា` };
    const party = parties.find((candidate) => candidate.id === carriedBy);
    return party === undefined ? { en: carriedBy, km: carriedBy } : { en: party.name, km: nameKmOf(party) };
  };
  const risks = input.risks.map((risk) => ({ description: risk.description, carrier: carrier(risk.carriedBy) }));

  const contributionsOf = (party: MouTemplateParty) => input.contributions.filter((given) => given.organizationId === party.id);
  const contributionLine = (given: MouTemplateInput['contributions'][number], locale: 'en' | 'km'): string => {
    const kind = CONTRIBUTION_KIND_LABELS[given.kind][locale];
    const separator = locale === 'en' ? ':' : '៖';
    if (given.amount === undefined) return `- ${kind}${separator} ${given.description}`;
    const amount = locale === 'en' ? amountEn(given.amount) : amountKm(given.amount);
    const currency = given.currency === undefined ? '' : ` ${locale === 'en' ? given.currency : (CURRENCY_NAMES_KM[given.currency] ?? given.currency)}`;
    return `- ${kind}${separator} ${given.description} (${amount}${currency})`;
  };

  return {
    purpose: {
      en: paragraphs(
        `${P.en} enter into this Memorandum of Understanding to carry out the partnership “${input.title}” in the form of ${form.en.toLowerCase()}.`,
        specific.purpose.en,
        `The goals of the partnership, as set out in the proposal, are: ${input.goals}`,
        input.areaNames.en.length === 0 ? null : `The partnership is carried out in ${listEn(input.areaNames.en)}.`,
      ),
      km: paragraphs(
        `${P.km} ព្រមព្រៀងចុះអនុស្សរណៈនៃការយោគយល់គ្នានេះ ដើម្បីអនុវត្តភាពជាដៃគូ «${input.title}» ក្នុងទម្រង់នៃ${form.km}។`,
        specific.purpose.km,
        `គោលដៅនៃភាពជាដៃគូ ដូចមានចែងក្នុងសំណើ មានដូចខាងក្រោម៖ ${input.goals}`,
        input.areaNames.km.length === 0 ? null : `ភាពជាដៃគូនេះអនុវត្តនៅ${listKm(input.areaNames.km)}។`,
      ),
    },
    roles: {
      en: paragraphs(
        [
          'The parties carry out the partnership as equal partners, each within its own mandate:',
          ...parties.map(
            (party) => `- ${party.name} (${ORGANIZATION_KIND_LABELS[party.kind].en.toLowerCase()} organisation) ${PARTY_ROLES[party.kind].en}`,
          ),
        ].join('\n'),
        risks.length === 0
          ? null
          : ['The parties carry the risks identified in the proposal as follows:', ...risks.map((risk) => `- ${risk.description}: ${risk.carrier.en}`)].join(
              '\n',
            ),
        'Each party keeps its own legal status; nothing in this MoU makes a party answerable for the obligations of another.',
      ),
      km: paragraphs(
        [
          'ភាគីអនុវត្តភាពជាដៃគូនេះក្នុងនាមជាដៃគូស្មើភាពគ្នា ដោយភាគីនីមួយៗអនុវត្តតាមអាណត្តិរៀងៗខ្លួន ដូចខាងក្រោម៖',
          ...parties.map((party) => `- ${nameKmOf(party)} (${ORGANIZATION_KIND_LABELS[party.kind].km}) ${PARTY_ROLES[party.kind].km}`),
        ].join('\n'),
        risks.length === 0
          ? null
          : [
              'ភាគីទទួលខុសត្រូវលើហានិភ័យដែលបានកំណត់ក្នុងសំណើ ដូចខាងក្រោម៖',
              ...risks.map((risk) => `- ${risk.description}៖ ${risk.carrier.km}`),
            ].join('\n'),
        'ភាគីនីមួយៗរក្សាឋានៈគតិយុត្តរៀងៗខ្លួន ហើយគ្មានចំណុចណាមួយនៃអនុស្សរណៈនេះ ធ្វើឱ្យភាគីណាមួយទទួលខុសត្រូវលើកាតព្វកិច្ចរបស់ភាគីផ្សេងទៀតឡើយ។',
      ),
    },
    contributions: {
      en: paragraphs(
        'Each party contributes to the partnership as follows:',
        ...parties.map((party) => {
          const given = contributionsOf(party);
          const lines = given.length === 0 ? ['- No contribution is recorded in the proposal.'] : given.map((entry) => contributionLine(entry, 'en'));
          return [`${party.name}:`, ...lines].join('\n');
        }),
        `${capitalised(all.en)} value every contribution, in cash or otherwise, as part of the shared effort. Funds contributed are used only for the activities of the partnership and are accounted for in the reports.`,
      ),
      km: paragraphs(
        'ភាគីនីមួយៗរួមចំណែកដល់ភាពជាដៃគូ ដូចខាងក្រោម៖',
        ...parties.map((party) => {
          const given = contributionsOf(party);
          const lines = given.length === 0 ? ['- មិនមានការរួមចំណែកដែលបានកត់ត្រាក្នុងសំណើទេ។'] : given.map((entry) => contributionLine(entry, 'km'));
          return [`${nameKmOf(party)}៖`, ...lines].join('\n');
        }),
        `${all.km}ឱ្យតម្លៃលើការរួមចំណែកនីមួយៗ ទោះជាសាច់ប្រាក់ ឬមិនមែនជាសាច់ប្រាក់ក្តី ថាជាផ្នែកមួយនៃកិច្ចខិតខំប្រឹងប្រែងរួមគ្នា។ ថវិកាដែលបានរួមចំណែក ត្រូវប្រើប្រាស់សម្រាប់តែសកម្មភាពនៃភាពជាដៃគូប៉ុណ្ណោះ ហើយត្រូវរាយការណ៍ក្នុងរបាយការណ៍។`,
      ),
    },
    decision_making: {
      en: `${P.en} take the decisions of the partnership by consensus in joint meetings, held at least once a quarter; any party may call an additional meeting. The minutes of each joint meeting record the decisions taken and become final once approved by ${all.en}. A decision that changes this MoU is made only by amendment.`,
      km: `${P.km} ធ្វើសេចក្តីសម្រេចនានានៃភាពជាដៃគូ ដោយការឯកភាពគ្នានៅក្នុងកិច្ចប្រជុំរួម ដែលត្រូវរៀបចំឡើងយ៉ាងហោចណាស់ម្តងក្នុងមួយត្រីមាស ហើយភាគីណាមួយអាចស្នើសុំឱ្យរៀបចំកិច្ចប្រជុំបន្ថែមបាន។ កំណត់ហេតុនៃកិច្ចប្រជុំរួមនីមួយៗ ត្រូវកត់ត្រាសេចក្តីសម្រេចដែលបានធ្វើឡើង ហើយក្លាយជាឯកសារស្ថាពរ នៅពេលដែល${all.km}បានអនុម័ត។ សេចក្តីសម្រេចណាដែលកែប្រែអនុស្សរណៈនេះ ត្រូវធ្វើឡើងតែតាមរយៈវិសោធនកម្មប៉ុណ្ណោះ។`,
    },
    reporting: {
      en: paragraphs(
        specific.reporting.en,
        `${P.en} share every report with one another: a report submitted by one party becomes final once ${another.en} has validated it.`,
      ),
      km: paragraphs(
        specific.reporting.km,
        `${P.km} ចែករំលែករបាយការណ៍នីមួយៗជាមួយគ្នា៖ របាយការណ៍ដែលដាក់ដោយភាគីមួយ ក្លាយជារបាយការណ៍ស្ថាពរ នៅពេលដែល${another.km}បានផ្ទៀងផ្ទាត់ និងបញ្ជាក់សុពលភាពរួច។`,
      ),
    },
    dispute_resolution: {
      en: `Any disagreement between ${P.en} about this MoU or the partnership is first settled by dialogue between the parties, in good faith, within thirty (30) days. If dialogue does not settle it, the parties refer it to the capital or provincial administration concerned and, if it remains unsettled, to the Ministry of Interior, whose decision ${all.en} accept.`,
      km: `រាល់ការខ្វែងគំនិតគ្នារវាង ${P.km} ទាក់ទងនឹងអនុស្សរណៈនេះ ឬភាពជាដៃគូនេះ ត្រូវដោះស្រាយជាមុនសិនតាមរយៈការសន្ទនារវាងភាគី ដោយសុច្ឆន្ទៈ ក្នុងរយៈពេល ៣០ (សាមសិប) ថ្ងៃ។ ប្រសិនបើការសន្ទនាមិនអាចដោះស្រាយបានទេ ភាគីត្រូវបញ្ជូនបញ្ហានេះទៅរដ្ឋបាលរាជធានី ខេត្តពាក់ព័ន្ធ ហើយប្រសិនបើនៅតែមិនអាចដោះស្រាយបាន ត្រូវបញ្ជូនទៅក្រសួងមហាផ្ទៃ ដែល${all.km}ទទួលយកសេចក្តីសម្រេចរបស់ក្រសួង។`,
    },
    duration: {
      en: `This MoU between ${P.en} takes effect on ${dateEn(input.startDate)}, or on the day the last party signs it if that is later, and remains in force until ${dateEn(input.endDate)}. It may be extended or changed only by an amendment, reviewed and signed in the same way as this MoU.`,
      km: `អនុស្សរណៈនេះរវាង ${P.km} ចូលជាធរមានចាប់ពី${dateKm(input.startDate)} ឬចាប់ពីថ្ងៃដែលភាគីចុងក្រោយចុះហត្ថលេខា ប្រសិនបើថ្ងៃនោះយឺតជាង ហើយមានសុពលភាពរហូតដល់${dateKm(input.endDate)}។ ការពន្យារ ឬការកែប្រែអនុស្សរណៈនេះ អាចធ្វើបានតែតាមរយៈវិសោធនកម្ម ដែលត្រូវឆ្លងកាត់ការពិនិត្យ និងការចុះហត្ថលេខា តាមនីតិវិធីដូចគ្នានឹងអនុស្សរណៈនេះ។`,
    },
    termination: {
      en: `${P.en} may end this MoU before its term by written agreement. A party may withdraw from it by giving ${others.en} thirty (30) days’ written notice that states its reasons. The Ministry of Interior may terminate the partnership for a serious breach of this MoU or of the law. Before the partnership is closed, ${all.en} settle the commitments still open, account for the resources received and take part in a final review.`,
      km: `${P.km} អាចបញ្ចប់អនុស្សរណៈនេះមុនកាលកំណត់ ដោយការព្រមព្រៀងគ្នាជាលាយលក្ខណ៍អក្សរ។ ភាគីណាមួយអាចដកខ្លួនចេញពីអនុស្សរណៈនេះ ដោយជូនដំណឹងជាលាយលក្ខណ៍អក្សរទៅ${others.km} ៣០ (សាមសិប) ថ្ងៃជាមុន ព្រមទាំងបញ្ជាក់ពីមូលហេតុ។ ក្រសួងមហាផ្ទៃអាចបញ្ឈប់ភាពជាដៃគូនេះ ក្នុងករណីមានការរំលោភធ្ងន់ធ្ងរលើអនុស្សរណៈនេះ ឬលើច្បាប់។ មុនពេលបិទភាពជាដៃគូ ${all.km}ត្រូវបំពេញកាតព្វកិច្ចដែលនៅសេសសល់ រាយការណ៍អំពីធនធានដែលបានទទួល និងចូលរួមក្នុងការពិនិត្យចុងក្រោយ។`,
    },
  };
}

/** The clauses of a first MoU version, in both languages, prefilled from the proposal. */
export function buildMouTemplate(input: MouTemplateInput): MouTemplateClause[] {
  const texts = clauseTexts(input);
  return MOU_CLAUSE_KEYS.map((key) => ({
    key,
    titleEn: CLAUSE_TITLES[key].en,
    textEn: texts[key].en,
    titleKm: CLAUSE_TITLES[key].km,
    textKm: texts[key].km,
  }));
}
