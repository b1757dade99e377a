// axe-core on every screen of the demo on a wide screen (1440 px) in dark: no finding of any impact (see axe-audit.mjs).
import { auditEveryScreen } from './axe-audit.mjs';

export const name = 'accessibility at 1440 px, dark: axe-core finds nothing on any screen';

export default (context) => auditEveryScreen(context, 1440, 'dark');
