export { KpiInputSchema, funnelKpis, type FunnelKpis, type KpiFigures } from './funnel';
export { FUNNEL_STAGES, funnelSteps, funnelStageLabel, type FunnelStage, type FunnelStep } from './steps';
export { rate, median } from './stats';
