export { KpiInputSchema, funnelKpis, type FunnelKpis, type KpiFigures } from './funnel';
export { rate, median } from './stats';
