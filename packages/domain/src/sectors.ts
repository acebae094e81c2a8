import type { Bilingual } from './locale.js';

export const SECTOR_CODES = [
  'health',
  'education',
  'water_sanitation',
  'agriculture',
  'roads_infrastructure',
  'social_protection',
  'governance',
  'environment',
  'gender',
  'youth',
  'disability',
  'land',
  'other',
] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export const SECTOR_LABELS: Readonly<Record<SectorCode, Bilingual>> = {
  health: { en: 'Health', km: 'សុខាភិបាល' },
  education: { en: 'Education', km: 'អប់រំ' },
  water_sanitation: { en: 'Water and sanitation', km: 'ទឹកស្អាត និងអនាម័យ' },
  agriculture: { en: 'Agriculture', km: 'កសិកម្ម' },
  roads_infrastructure: { en: 'Roads and infrastructure', km: 'ផ្លូវ និងហេដ្ឋារចនាសម្ព័ន្ធ' },
  social_protection: { en: 'Social protection', km: 'គាំពារសង្គម' },
  governance: { en: 'Governance', km: 'អភិបាលកិច្ច' },
  environment: { en: 'Environment', km: 'បរិស្ថាន' },
  gender: { en: 'Gender', km: 'យេនឌ័រ' },
  youth: { en: 'Youth', km: 'យុវជន' },
  disability: { en: 'Disability', km: 'ជនមានពិការភាព' },
  land: { en: 'Land', km: 'ដីធ្លី' },
  other: { en: 'Other', km: 'ផ្សេងៗ' },
};
