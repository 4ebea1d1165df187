export const commonJa = {
  'role.marketing': 'マーケティング',
  'role.insideSales': 'インサイドセールス',
  'role.sales': '営業',
  'role.admin': '管理者',
  'error.invalidInput': '入力が正しくありません',
} as const;
