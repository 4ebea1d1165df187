// The method of the seed: checklist, levels, diagnosis, failure patterns, benchmark, plan.
export {};
