import { DemoClock } from './demo-clock';
import { ResetDemoButton } from './reset-demo-button';

/** The demo's own controls in the header. */
export function DemoControls() {
  return (
    <div className="demo-controls">
      <DemoClock />
      <ResetDemoButton />
    </div>
  );
}
