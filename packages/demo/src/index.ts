/**
 * The demo province's reference content: the Tây Ninh procedure definitions (documents per case,
 * fees, time limits, e-forms). The server seeds them; the apps test their e-form renderer on them.
 */
export { demoProcedures } from './procedures/index.ts';
