import { MOU_CLAUSE_KEYS, buildMouTemplate, type MouTemplateInput, type MouTemplateParty } from './mou-template.js';
import { PARTNERSHIP_FUNCTIONS } from './partnership-classification.js';

const DISTRICT: MouTemplateParty = { id: 'org-district', name: 'Puok District Administration', nameKm: 'រដ្ឋបាលស្រុកពួក', kind: 'state' };
const NGO: MouTemplateParty = { id: 'org-ngo', name: 'Village Focus', kind: 'non_state' };
const COMMUNE: MouTemplateParty = { id: 'org-commune', name: 'Puok Commune', nameKm: 'រដ្ឋបាលឃុំពួក', kind: 'state' };

const proposal: MouTemplateInput = {
  title: 'Joint monitoring of health centres in Puok',
  function: 'service_monitoring',
  form: 'collaboration',
  goals: 'Run community scorecards in four health centres and follow up the action plans.',
  parties: [DISTRICT, NGO],
  contributions: [
    { organizationId: DISTRICT.id, kind: 'venue', description: 'Meeting hall of the district office' },
    { organizationId: NGO.id, kind: 'cash', description: 'Facilitation costs', amount: 4500, currency: 'USD' },
    { organizationId: NGO.id, kind: 'staff', description: 'Two facilitators' },
  ],
  risks: [
    { description: 'Health centre staff turnover', carriedBy: DISTRICT.id },
    { description: 'Low citizen turnout', carriedBy: 'shared' },
  ],
  areaNames: { en: ['Puok district', 'Puok commune'], km: ['ស្រុកពួក', 'ឃុំពួក'] },
  startDate: '2025-01-01',
  endDate: '2025-12-31',
};

const clause = (input: MouTemplateInput, key: string) => {
  const found = buildMouTemplate(input).find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no ${key} clause`);
  return found;
};

const KHMER = /[\u1780-\u17FF]/;

describe('buildMouTemplate', () => {
  const cases = PARTNERSHIP_FUNCTIONS.flatMap((fn) =>
    [
      ['two parties', [DISTRICT, NGO]],
      ['three parties', [DISTRICT, NGO, COMMUNE]],
    ].map(([name, parties]) => [fn, name as string, parties as MouTemplateParty[]] as const),
  );

  it.each(cases)('for %s with %s, writes the eight clauses, each naming every party in both languages', (fn, _name, parties) => {
    const clauses = buildMouTemplate({ ...proposal, function: fn, parties });
    expect(clauses.map((c) => c.key)).toEqual([
      'purpose',
      'roles',
      'contributions',
      'decision_making',
      'reporting',
      'dispute_resolution',
      'duration',
      'termination',
    ]);
    for (const c of clauses) {
      expect(c.titleEn).toMatch(/^[A-Z]/);
      expect(c.titleKm).toMatch(KHMER);
      expect(c.textKm).toMatch(KHMER);
      for (const party of parties) {
        expect(c.textEn).toContain(party.name);
        expect(c.textKm).toContain(party.nameKm ?? party.name);
      }
    }
  });

  it('exports the clause keys in the order of the clauses', () => {
    expect(buildMouTemplate(proposal).map((c) => c.key)).toEqual([...MOU_CLAUSE_KEYS]);
  });

  it('writes a different purpose and reporting for every function', () => {
    for (const key of ['purpose', 'reporting']) {
      for (const locale of ['textEn', 'textKm'] as const) {
        const texts = new Set(PARTNERSHIP_FUNCTIONS.map((fn) => clause({ ...proposal, function: fn }, key)[locale]));
        expect(texts.size).toBe(PARTNERSHIP_FUNCTIONS.length);
      }
    }
  });

  it('speaks of community scorecards and JAAP follow-up when monitoring services', () => {
    for (const key of ['purpose', 'reporting']) {
      const monitoring = clause(proposal, key);
      expect(monitoring.textEn).toMatch(/community scorecard/);
      expect(monitoring.textEn).toContain('JAAP');
      expect(monitoring.textKm).toContain('ប័ណ្ណដាក់ពិន្ទុសហគមន៍');
      expect(monitoring.textKm).toContain('JAAP');
    }
    expect(clause({ ...proposal, function: 'infrastructure' }, 'purpose').textEn).toMatch(/infrastructure sub-projects/);
  });

  it('states the title, form, goals and area in the purpose', () => {
    const purpose = clause(proposal, 'purpose');
    expect(purpose.textEn).toContain('“Joint monitoring of health centres in Puok”');
    expect(purpose.textEn).toContain('in the form of collaboration');
    expect(purpose.textEn).toContain(proposal.goals);
    expect(purpose.textEn).toContain('Puok district and Puok commune');
    expect(purpose.textKm).toContain('«Joint monitoring of health centres in Puok»');
    expect(purpose.textKm).toContain('កិច្ចសហការ');
    expect(purpose.textKm).toContain(proposal.goals);
    expect(purpose.textKm).toContain('ស្រុកពួក និង ឃុំពួក');
  });

  it('leaves out the area sentence when no area is named', () => {
    const purpose = clause({ ...proposal, areaNames: { en: [], km: [] } }, 'purpose');
    expect(purpose.textEn).not.toContain('carried out in');
    expect(purpose.textKm).not.toContain('អនុវត្តនៅ');
  });

  it('lists each party’s contributions, with amounts in Khmer numerals in Khmer', () => {
    const contributions = clause(proposal, 'contributions');
    for (const given of proposal.contributions) {
      expect(contributions.textEn).toContain(given.description);
      expect(contributions.textKm).toContain(given.description);
    }
    expect(contributions.textEn).toContain('- Cash: Facilitation costs (4,500 USD)');
    expect(contributions.textEn).toContain('- Venue: Meeting hall of the district office');
    expect(contributions.textKm).toContain('- សាច់ប្រាក់៖ Facilitation costs (៤ ៥០០ ដុល្លារអាមេរិក)');
    expect(contributions.textKm).toContain('- បុគ្គលិក៖ Two facilitators');
  });

  it('writes decimal amounts and other currencies', () => {
    const contributions = clause(
      { ...proposal, contributions: [{ organizationId: NGO.id, kind: 'cash', description: 'Printing', amount: 1250000.5, currency: 'KHR' }] },
      'contributions',
    );
    expect(contributions.textEn).toContain('(1,250,000.5 KHR)');
    expect(contributions.textKm).toContain('(១ ២៥០ ០០០,៥ រៀល)');
    const euro = clause({ ...proposal, contributions: [{ organizationId: NGO.id, kind: 'cash', description: 'Grant', amount: 10, currency: 'EUR' }] }, 'contributions');
    expect(euro.textKm).toContain('(១០ EUR)');
  });

  it('says so when a party has no contribution recorded', () => {
    const contributions = clause({ ...proposal, contributions: [] }, 'contributions');
    expect(contributions.textEn.match(/No contribution is recorded in the proposal/g)).toHaveLength(2);
    expect(contributions.textKm.match(/មិនមានការរួមចំណែកដែលបានកត់ត្រាក្នុងសំណើទេ/g)).toHaveLength(2);
  });

  it('names who carries each risk in the roles', () => {
    const roles = clause(proposal, 'roles');
    expect(roles.textEn).toContain('- Health centre staff turnover: Puok District Administration');
    expect(roles.textEn).toContain('- Low citizen turnout: both parties together');
    expect(roles.textKm).toContain('- Health centre staff turnover៖ រដ្ឋបាលស្រុកពួក');
    expect(roles.textKm).toContain('- Low citizen turnout៖ ភាគីទាំងពីររួមគ្នា');
    expect(clause({ ...proposal, risks: [] }, 'roles').textEn).not.toContain('risks');
  });

  it('decides by consensus in joint meetings whose minutes every party approves', () => {
    const two = clause(proposal, 'decision_making');
    expect(two.textEn).toMatch(/by consensus in joint meetings/);
    expect(two.textEn).toMatch(/minutes .* approved by both parties/);
    expect(two.textKm).toContain('ដោយការឯកភាពគ្នានៅក្នុងកិច្ចប្រជុំរួម');
    expect(two.textKm).toContain('កំណត់ហេតុ');
    expect(two.textKm).toContain('ភាគីទាំងពីរបានអនុម័ត');
    const three = clause({ ...proposal, parties: [DISTRICT, NGO, COMMUNE] }, 'decision_making');
    expect(three.textEn).toMatch(/approved by all parties/);
    expect(three.textKm).toContain('ភាគីទាំងអស់បានអនុម័ត');
  });

  it('settles disputes by dialogue, then the provincial administration, then the Ministry of Interior', () => {
    const disputes = clause(proposal, 'dispute_resolution');
    expect(disputes.textEn).toMatch(/dialogue.*provincial administration.*Ministry of Interior/s);
    expect(disputes.textKm).toMatch(/ការសន្ទនា.*រដ្ឋបាលរាជធានី ខេត្ត.*ក្រសួងមហាផ្ទៃ/s);
  });

  it('writes the dates in words, with Khmer numerals in Khmer', () => {
    const duration = clause(proposal, 'duration');
    expect(duration.textEn).toContain('1 January 2025');
    expect(duration.textEn).toContain('31 December 2025');
    expect(duration.textKm).toContain('ថ្ងៃទី១ ខែមករា ឆ្នាំ២០២៥');
    expect(duration.textKm).toContain('ថ្ងៃទី៣១ ខែធ្នូ ឆ្នាំ២០២៥');
  });

  it('writes no Arabic digits of its own in Khmer', () => {
    for (const c of buildMouTemplate(proposal)) expect(c.textKm).not.toMatch(/[0-9]/);
  });

  it('falls back to the English name of a party without a Khmer name', () => {
    expect(clause(proposal, 'termination').textKm).toContain('Village Focus');
  });
});
