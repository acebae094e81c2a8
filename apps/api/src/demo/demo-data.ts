// Demo organisations and accounts (DAIKOU_DEMO=1): a small, realistic Takéo-province setting with one account per role.
import type { OrganizationCreateInput, Role } from '@daikou/domain';

/** Demo only: printed at start as demo credentials; never used when DAIKOU_DEMO is off. */
export const DEMO_PASSWORD = 'daikou-demo-2026';

type DemoOrganization = OrganizationCreateInput & { key: string; endorsedBy?: string };

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { key: 'moi', name: 'Ministry of Interior', nameKm: 'ក្រសួងមហាផ្ទៃ', kind: 'state', type: 'ministry', adminUnitCode: '12', sectors: ['governance'], capacities: ['partnership review', 'decentralisation policy'] },
  { key: 'takeo', name: 'Takéo Provincial Administration', nameKm: 'រដ្ឋបាលខេត្តតាកែវ', kind: 'state', type: 'province', adminUnitCode: '21', sectors: ['governance', 'health', 'education'], capacities: ['planning', 'one window service'] },
  { key: 'bati', name: 'Bati District Administration', nameKm: 'រដ្ឋបាលស្រុកបាទី', kind: 'state', type: 'district', adminUnitCode: '2102', sectors: ['governance', 'water_sanitation'], capacities: ['district investment programme'], endorsedBy: 'takeo' },
  { key: 'chambak', name: 'Chambak Commune Council', nameKm: 'ក្រុមប្រឹក្សាឃុំចំបក់', kind: 'state', type: 'commune', adminUnitCode: '210201', sectors: ['governance', 'roads_infrastructure'], capacities: ['commune investment plan'], endorsedBy: 'bati' },
  { key: 'owso', name: 'Doun Kaev One Window Service Office', nameKm: 'ការិយាល័យច្រកចេញចូលតែមួយក្រុងដូនកែវ', kind: 'state', type: 'one_window_office', adminUnitCode: '2108', sectors: ['governance'], capacities: ['administrative services', 'licences'] },
  { key: 'khmer_health', name: 'Khmer Community Health Association', nameKm: 'សមាគមសុខភាពសហគមន៍ខ្មែរ', kind: 'non_state', type: 'local_ngo', adminUnitCode: '2102', sectors: ['health'], capacities: ['community scorecards', 'health centre monitoring', 'maternal health'] },
  { key: 'youth_water', name: 'Takéo Youth for Clean Water', nameKm: 'យុវជនតាកែវដើម្បីទឹកស្អាត', kind: 'non_state', type: 'cbo', adminUnitCode: '210201', sectors: ['water_sanitation', 'youth'], capacities: ['water pump maintenance', 'hygiene education'] },
  { key: 'edu_intl', name: 'Education Partners International', nameKm: 'ដៃគូអប់រំអន្តរជាតិ', kind: 'non_state', type: 'international_ngo', adminUnitCode: '12', sectors: ['education'], capacities: ['pre-school teacher training', 'school monitoring'] },
  { key: 'network', name: 'Social Accountability CSO Network', nameKm: 'បណ្ដាញសង្គមស៊ីវិលគណនេយ្យភាពសង្គម', kind: 'non_state', type: 'cso_network', adminUnitCode: '21', sectors: ['governance', 'health', 'education'], capacities: ['ISAF facilitation', 'JAAP follow-up', 'citizen feedback'] },
];

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  organization: string;
  isSignatory?: boolean;
  locale: 'km' | 'en';
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@daikou.demo', name: 'Sokha Admin', role: 'admin', organization: 'moi', locale: 'en' },
  { email: 'reviewer@daikou.demo', name: 'Chenda Reviewer', role: 'moi_reviewer', organization: 'moi', locale: 'km' },
  { email: 'sna@daikou.demo', name: 'Vuthy Sna', role: 'sna_officer', organization: 'takeo', locale: 'km' },
  { email: 'sna.signatory@daikou.demo', name: 'Dara Governor', role: 'sna_officer', organization: 'takeo', isSignatory: true, locale: 'km' },
  { email: 'district@daikou.demo', name: 'Rith District', role: 'sna_officer', organization: 'bati', isSignatory: true, locale: 'km' },
  { email: 'cso@daikou.demo', name: 'Sreymom Cso', role: 'cso_officer', organization: 'khmer_health', locale: 'en' },
  { email: 'cso.signatory@daikou.demo', name: 'Bopha Director', role: 'cso_officer', organization: 'khmer_health', isSignatory: true, locale: 'en' },
  { email: 'network@daikou.demo', name: 'Kosal Network', role: 'cso_officer', organization: 'network', isSignatory: true, locale: 'km' },
];
