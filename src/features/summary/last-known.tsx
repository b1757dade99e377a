/** Marks a header figure as the last one the server gave, while it cannot be reached. */
export function LastKnown() {
  return (
    <>
      {' '}
      <span className="last-known">last known</span>
    </>
  );
}
