// Who came to a community scorecard meeting, as the domain's rules allow it.
import type { Prng } from './prng.js';

/** Women, men, and of them people with a disability, ID-poor and young people (never more than the people there). */
export function participantCounts(random: Prng): [female: number, male: number, disability: number, idPoor: number, youth: number] {
  const female = random.int(5, 40);
  const male = random.int(5, 35);
  const most = (limit: number) => random.int(0, Math.min(limit, female + male));
  return [female, male, most(5), most(12), most(15)];
}
