/** The namespace of render's list of content controls (a custom XML part); verwerk finds the list by it. */
export const CONTROLS_NAMESPACE = 'urn:swa:inhoudsbesturingselementen:1';
