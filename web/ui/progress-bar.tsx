export function ProgressBar({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="progress">
      <progress aria-label={label} value={value} max={Math.max(max, 1)} />
      <span>
        {value} / {max}
      </span>
    </div>
  );
}
