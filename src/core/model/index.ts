export { buildModel } from './build-model.js';
export { selectForPartner, PARTNER_ONDERDELEN } from './per-partner.js';
export type * from './types.js';
