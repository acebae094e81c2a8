// The organisations and accounts of the synthetic country: the Ministry of Interior (reviewers), every provincial
// administration, district and commune administrations and line offices from the real gazetteer, and NGOs, CBOs
// and networks spread over the provinces.
import { SECTOR_CODES, type OrganizationKind, type OrganizationType, type Role, type SectorCode } from '@daikou/domain';
import { loadAdminUnits, normalizeForSearch, type AdminUnit } from '@daikou/gazetteer';
import { rowId } from './ids.js';
import { Prng } from './prng.js';
import { TABLE } from './tables.js';

export const BENCH_EMAIL_DOMAIN = 'bench.daikou.test';
export const REVIEWER_COUNT = 5;

export interface OrganizationRecord {
  index: number;
  id: string;
  name: string;
  nameKm: string | null;
  kind: OrganizationKind;
  type: OrganizationType;
  adminUnitCode: string;
  provinceCode: string;
  endorsingIndex: number | null;
  sectors: SectorCode[];
  capacities: string[];
  createdAt: Date;
}

export interface UserRecord {
  index: number;
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationIndex: number;
  isSignatory: boolean;
  locale: 'km' | 'en';
}

export interface World {
  anchor: Date;
  provinces: AdminUnit[];
  districts: AdminUnit[];
  communes: AdminUnit[];
  /** How slow each province's steps are compared with the country's median (cycle times differ by province). */
  provinceSlowness: Map<string, number>;
  organizations: OrganizationRecord[];
  users: UserRecord[];
  reviewers: UserRecord[];
  /** Each organisation's officer (not a signatory) and signatory. */
  officerOf(organizationIndex: number): UserRecord;
  signatoryOf(organizationIndex: number): UserRecord;
}

const CAPACITIES = [
  'community scorecards', 'service monitoring', 'budget tracking', 'citizen feedback', 'hygiene education',
  'teacher training', 'maternal health', 'water pump maintenance', 'road maintenance', 'legal aid',
  'one window service', 'planning', 'disability inclusion', 'youth clubs', 'savings groups',
];
const NAME_WORDS = [
  'Mekong', 'Angkor', 'Tonle Sap', 'Cardamom', 'Lotus', 'Sunrise', 'Bayon', 'Golden Rice', 'Green Village',
  'New Hope', 'Helping Hands', 'Bright Future', 'Kampuchea', 'Rural', 'People’s', 'Friendship', 'Harmony', 'Unity',
];
const THEME: Record<SectorCode, string> = {
  health: 'Health', education: 'Education', water_sanitation: 'Clean Water', agriculture: 'Farmers',
  roads_infrastructure: 'Rural Roads', social_protection: 'Social Protection', governance: 'Good Governance',
  environment: 'Environment', gender: 'Women', youth: 'Youth', disability: 'Disability', land: 'Land Rights', other: 'Development',
};
const NON_STATE_TYPES = { local_ngo: 60, international_ngo: 10, cbo: 25, cso_network: 5 } as const;
const NON_STATE_SUFFIX: Record<string, string> = {
  local_ngo: 'Association', international_ngo: 'International', cbo: 'Community Group', cso_network: 'Network',
};

/** First day of the current month (UTC): the dataset's "today", so it stays the same for a month. */
export function anchorOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function daysBefore(anchor: Date, days: number): Date {
  return new Date(anchor.getTime() - days * 86_400_000);
}

export function buildWorld(seed: string, organizationCount: number, anchor: Date): World {
  const random = new Prng(`${seed}:world`);
  const units = loadAdminUnits();
  const provinces = units.filter((u) => u.level === 'province');
  const districts = units.filter((u) => u.level === 'district');
  const communes = units.filter((u) => u.level === 'commune');
  const provinceName = new Map(provinces.map((p) => [p.code, p.nameLatin]));
  const provinceSlowness = new Map(provinces.map((p) => [p.code, Math.min(3, Math.max(0.5, random.logNormal(1, 0.35)))]));

  const organizations: OrganizationRecord[] = [];
  const add = (record: Omit<OrganizationRecord, 'index' | 'id' | 'createdAt'>): OrganizationRecord => {
    const index = organizations.length;
    const created = { ...record, index, id: rowId(TABLE.organizations, index), createdAt: daysBefore(anchor, random.int(400, 3000)) };
    organizations.push(created);
    return created;
  };
  const sectors = (count: number) => random.sample(SECTOR_CODES, count);
  const capacities = () => random.sample(CAPACITIES, random.int(1, 3));

  add({
    name: 'Ministry of Interior', nameKm: 'ក្រសួងមហាផ្ទៃ', kind: 'state', type: 'ministry', adminUnitCode: '12', provinceCode: '12',
    endorsingIndex: null, sectors: ['governance'], capacities: ['partnership review'],
  });
  const provinceOrg = new Map<string, number>();
  for (const province of provinces) {
    const org = add({
      name: `${province.nameLatin} Provincial Administration`, nameKm: `រដ្ឋបាល${province.typeKm}${province.nameKm}`, kind: 'state', type: 'province',
      adminUnitCode: province.code, provinceCode: province.code, endorsingIndex: null, sectors: (['governance', ...sectors(2)] as SectorCode[]).filter((s, i, all) => all.indexOf(s) === i), capacities: capacities(),
    });
    provinceOrg.set(province.code, org.index);
  }

  // About a third of the organisations are state bodies; sub-national ones are endorsed by their parent administration.
  const stateRest = Math.max(4, Math.round(organizationCount * 0.34) - organizations.length);
  const districtCount = Math.min(districts.length, Math.round(stateRest * 0.125));
  const lineCount = Math.round(stateRest * 0.12);
  const oneWindowCount = Math.round(stateRest * 0.035);
  const communeCount = Math.min(communes.length, stateRest - districtCount - lineCount - oneWindowCount);
  const districtOrg = new Map<string, number>();
  for (const district of random.sample(districts, districtCount)) {
    const org = add({
      name: `${district.nameLatin} ${district.typeEn} Administration`, nameKm: `រដ្ឋបាល${district.typeKm}${district.nameKm}`, kind: 'state', type: 'district',
      adminUnitCode: district.code, provinceCode: district.parentCode!, endorsingIndex: provinceOrg.get(district.parentCode!)!, sectors: sectors(2), capacities: capacities(),
    });
    districtOrg.set(district.code, org.index);
  }
  for (const commune of random.sample(communes, communeCount)) {
    const districtCode = commune.parentCode!;
    const provinceCode = districtCode.slice(0, 2);
    add({
      name: `${commune.nameLatin} ${commune.typeEn} Council`, nameKm: `ក្រុមប្រឹក្សា${commune.typeKm}${commune.nameKm}`, kind: 'state', type: 'commune',
      adminUnitCode: commune.code, provinceCode, endorsingIndex: districtOrg.get(districtCode) ?? provinceOrg.get(provinceCode)!, sectors: sectors(2), capacities: capacities(),
    });
  }
  for (let i = 0; i < lineCount + oneWindowCount; i += 1) {
    const oneWindow = i >= lineCount;
    const district = random.pick(districts);
    const provinceCode = district.parentCode!;
    const sector = random.pick(SECTOR_CODES);
    add({
      name: oneWindow ? `${district.nameLatin} One Window Service Office` : `${provinceName.get(provinceCode)} ${THEME[sector]} Office`,
      nameKm: oneWindow ? `ការិយាល័យច្រកចេញចូលតែមួយ${district.nameKm}` : null, kind: 'state', type: oneWindow ? 'one_window_office' : 'line_office',
      adminUnitCode: oneWindow ? district.code : provinceCode, provinceCode, endorsingIndex: provinceOrg.get(provinceCode)!, sectors: [sector], capacities: capacities(),
    });
  }
  while (organizations.length < organizationCount) {
    const type = random.weighted(NON_STATE_TYPES);
    const province = random.pick(provinces);
    const atDistrict = type === 'cbo' || random.chance(0.3);
    const district = atDistrict ? random.pick(districts.filter((d) => d.parentCode === province.code)) : null;
    const own = sectors(random.int(1, 3));
    add({
      name: `${random.pick(NAME_WORDS)} ${THEME[own[0]!]} ${NON_STATE_SUFFIX[type]} ${(district ?? province).nameLatin} ${organizations.length}`,
      nameKm: random.chance(0.5) ? `សមាគម${(district ?? province).nameKm} ${organizations.length}` : null, kind: 'non_state', type,
      adminUnitCode: (district ?? province).code, provinceCode: province.code, endorsingIndex: null, sectors: own, capacities: capacities(),
    });
  }

  const users: UserRecord[] = [];
  for (const org of organizations) {
    const role: Role = org.kind === 'state' ? 'sna_officer' : 'cso_officer';
    for (const isSignatory of [false, true]) {
      const index = users.length;
      users.push({
        index, id: rowId(TABLE.users, index), email: `${isSignatory ? 'signatory' : 'officer'}.${org.index}@${BENCH_EMAIL_DOMAIN}`,
        name: `${isSignatory ? 'Signatory' : 'Officer'} ${org.index}`, role, organizationIndex: org.index, isSignatory, locale: random.chance(0.6) ? 'km' : 'en',
      });
    }
  }
  const reviewers: UserRecord[] = [];
  for (let i = 1; i <= REVIEWER_COUNT; i += 1) {
    const index = users.length;
    const reviewer: UserRecord = {
      index, id: rowId(TABLE.users, index), email: `reviewer.${i}@${BENCH_EMAIL_DOMAIN}`, name: `Reviewer ${i}`, role: 'moi_reviewer',
      organizationIndex: 0, isSignatory: false, locale: 'km',
    };
    users.push(reviewer);
    reviewers.push(reviewer);
  }
  const adminIndex = users.length;
  users.push({ index: adminIndex, id: rowId(TABLE.users, adminIndex), email: `admin@${BENCH_EMAIL_DOMAIN}`, name: 'Bench Admin', role: 'admin', organizationIndex: 0, isSignatory: false, locale: 'en' });

  return {
    anchor, provinces, districts, communes, provinceSlowness, organizations, users, reviewers,
    officerOf: (organizationIndex) => users[organizationIndex * 2]!,
    signatoryOf: (organizationIndex) => users[organizationIndex * 2 + 1]!,
  };
}

export function organizationSearchText(org: OrganizationRecord): string {
  return normalizeForSearch(`${org.name} ${org.nameKm ?? ''}`);
}
