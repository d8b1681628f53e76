/** Lines the size of a page's rows while its first answer is on the way: the page does not jump. */
export function Skeleton({ label, lines = 8 }: { label: string; lines?: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="skeleton-label">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}
