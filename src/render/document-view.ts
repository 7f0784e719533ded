import type { AgreementsModel } from '../core/model/types.js';
import { buildView, type ViewOptions } from './view.js';

/**
 * The view the templates get: buildView's data plus what the wording of the built-in templates
 * needs on top of it (singular or plural, a partner line that does not repeat itself). Pure.
 */
export function buildDocumentView(model: AgreementsModel, options: ViewOptions) {
  const view = buildView(model, options);
  const gis = model.partners.filter((p) => p.key.startsWith('gi.')).length;
  return {
    ...view,
    /** Exactly one GI: "de gecertificeerde instelling", else "de gecertificeerde instellingen". */
    eenGi: gis === 1,
  };
}

export type DocumentViewData = ReturnType<typeof buildDocumentView>;
