import { DemoClock } from './demo-clock';
import { ResetDemoButton } from './reset-demo-button';
import { ViewAsSwitcher } from './view-as-switcher';
import './demo.css';

/**
 * The demo's own controls, in a strip under the header: they act on the
 * demo's world (its clock, its data), not on the MSP's customers.
 */
export function DemoControls() {
  return (
    <div className="demo-controls" role="region" aria-label="Demo controls">
      <span className="demo-controls__label">Demo controls</span>
      <DemoClock />
      <ViewAsSwitcher />
      <ResetDemoButton />
    </div>
  );
}
