// The shape of one official administrative unit, shared by every lookup in this package.
export type AdminLevel = 'province' | 'district' | 'commune' | 'village';

/** Levels from the top of the hierarchy down; a unit's code has 2 digits per level. */
export const ADMIN_LEVELS: readonly AdminLevel[] = ['province', 'district', 'commune', 'village'];

export interface AdminUnit {
  /** NCDD code as a string, leading zeros kept: 2/4/6/8 digits for province/district/commune/village. */
  code: string;
  level: AdminLevel;
  /** Code of the unit one level above; null for provinces. */
  parentCode: string | null;
  nameKm: string;
  nameLatin: string;
  typeKm: string;
  typeLatin: string;
  typeEn: string;
  /** Geocoded centroid; partial and not official. */
  lat: number | null;
  lng: number | null;
}
