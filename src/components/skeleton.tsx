import './skeleton.css';

/** A grey placeholder block while data loads; hidden from assistive technology. */
export function Skeleton({ width = '100%', height = '1rem' }: { width?: string; height?: string }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}
