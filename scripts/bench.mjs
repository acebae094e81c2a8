// `pnpm bench`: the benchmarks (each against a baseline run side by side) arrive with the national-scale dataset
// (issue 9). Until then this says so instead of pretending to measure anything.
console.log('No benchmarks yet: the national-scale dataset and its benchmarks are still to be built (see docs/ARCHITECTURE.md).');
