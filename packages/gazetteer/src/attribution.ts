// Licence condition of the source data: show this wherever administrative units are displayed.
export const ATTRIBUTION = 'Administrative units: NCDD Gazetteer via pumi (MIT)';
