// The product name, always in both scripts: ដៃគូ ("partner") Daikou.
export function Brand() {
  return (
    <span className="brand">
      <span lang="km" className="brand-km">
        ដៃគូ
      </span>{' '}
      <span lang="en">Daikou</span>
    </span>
  );
}
