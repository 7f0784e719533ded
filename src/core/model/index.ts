export { buildModel } from './build-model.js';
export { selectForPartner, PARTNER_ROUTES } from './per-partner.js';
export type * from './types.js';
