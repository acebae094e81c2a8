// Names the browser tab after the page; React hoists <title> into <head>.
export function DocumentTitle({ title }: { title: string }) {
  return <title>{`${title} · ដៃគូ Daikou`}</title>;
}
