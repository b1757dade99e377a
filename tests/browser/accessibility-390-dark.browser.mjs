// axe-core on every screen of the demo on a phone (390 × 844) in dark: no finding of any impact (see axe-audit.mjs).
import { auditEveryScreen } from './axe-audit.mjs';

export const name = 'accessibility at 390 px, dark: axe-core finds nothing on any screen';

export default (context) => auditEveryScreen(context, 390, 'dark');
