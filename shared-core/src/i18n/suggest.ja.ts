// Texts of the suggested scoring model (learned from deal outcomes). Japanese first.
export const suggestJa = {
  'suggest.outcome.won': '受注',
  'suggest.outcome.opportunity': '商談化',
  'suggest.evidence': 'このルールが効いたリードの{with}が{outcome}、効かなかったリードは{without}でした(学習期間の{leads}件中{active}件で効きました)。',
  'suggest.why.raised': '成果との結びつきが今の配点より強いため、点数を上げます。{evidence}',
  'suggest.why.lowered': '成果との結びつきが今の配点より弱いため、点数を下げます。{evidence}',
  'suggest.why.unchanged': '今の配点が成果との結びつきに見合っています。{evidence}',
  'suggest.why.tooFew': '学習期間にこのルールが効いたリードは{active}件だけで、判断には{min}件以上が必要です。点数はそのままにします。',
  'suggest.why.tooCommon': '学習期間の{leads}件中{active}件で効いており、効かなかったリードが{min}件に足りず比べられません。点数はそのままにします。',
  'suggest.threshold.currentVolume': '学習期間で今のしきい値と同じ件数のMQL({mql}件/{leads}件)になるしきい値です。',
  'suggest.threshold.volume': '指定のMQL件数(全{total}件中{target}件)と同じ割合になるよう、学習期間で選んだしきい値です({leads}件中{mql}件)。',
  'suggest.threshold.precision': '学習期間でMQLの{outcome}率が{target}以上になる、最も低いしきい値です(MQL {mql}件中{positives}件が{outcome})。',
  'suggest.verdict.better': '学習に使っていない新しいリード{heldOut}件で、提案モデルは今のモデルより{outcome}するリードを上位に並べました(AUC {suggested} 対 {current}、{p})。新しい版として3部門で確認し、署名する価値があります。',
  'suggest.verdict.notBetter': '学習に使っていない新しいリード{heldOut}件で、提案モデルは今のモデルを上回りませんでした(AUC {suggested} 対 {current}、{p})。改善とは言えないため、今のモデルを使い続けてください。',
} as const;
