// The shell's own texts (the components carry theirs).
export const LABELS = {
    ja: {
        title: 'MA成熟度 ワークベンチ',
        subtitle: 'ローカル組織で動く本物の Lightning コンポーネント',
        diagnosis: '診断',
        plan: '実行計画',
        definitions: '定義 (MQL/SAL/SQL)',
        suggestion: 'モデルの提案',
        kpis: 'KPI',
        leads: 'リード',
        hubspot: 'HubSpot',
        missing: 'このコンポーネント ({name}) はまだ force-app にありません。',
        appPage: 'アプリケーションページ',
    },
    en: {
        title: 'MA maturity workbench',
        subtitle: 'The real Lightning components on a local org',
        diagnosis: 'Diagnosis',
        plan: 'Plan',
        definitions: 'Definitions (MQL/SAL/SQL)',
        suggestion: 'Suggested model',
        kpis: 'KPIs',
        leads: 'Leads',
        hubspot: 'HubSpot',
        missing: 'This component ({name}) is not in force-app yet.',
        appPage: 'App page',
    },
};
