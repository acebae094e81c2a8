export const ADMIN_UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type AdminUnitLevel = (typeof ADMIN_UNIT_LEVELS)[number];

// Gazetteer codes grow by two digits per level: province 2, district 4, commune 6, village 8.
export const ADMIN_UNIT_CODE_PATTERN = /^(?:\d{2}|\d{4}|\d{6}|\d{8})$/;
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;
