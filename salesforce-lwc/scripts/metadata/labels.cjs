'use strict';
// The texts the Apex engine writes for people (notifications and the first-touch
// task), as custom labels in English with their Japanese translations. Apex
// reads them as System.Label.<name>, in the language of the user the
// automation runs as. {0}, {1}: String.format parameters.
const label = (name, description, en, ja) => ({ name, description, en, ja });

const labels = [
  label('MA_Notify_Assigned_Title', 'Notification title: an MQL was assigned ({0}: record name).', 'MQL assigned to you: {0}', 'MQL が割り当てられました: {0}'),
  label(
    'MA_Notify_Assigned_Body',
    'Notification body for a new MQL ({0}: due time, {1}: SLA minutes).',
    'First touch is due by {0} ({1} minutes after it became an MQL).',
    '初回対応の期限は {0} です (MQL 化から {1} 分)。',
  ),
  label('MA_Notify_Remind_Title', 'Notification title: first-touch reminder ({0}: record name).', 'Reminder: first touch for {0}', 'リマインド: {0} への初回対応'),
  label('MA_Notify_Remind_Body', 'Notification body of a reminder ({0}: due time).', 'This MQL is not touched yet. First touch is due by {0}.', 'この MQL はまだ対応されていません。初回対応の期限は {0} です。'),
  label('MA_Notify_Manager_Title', 'Notification title to the owner\'s manager ({0}: record name).', 'Escalation: {0} is not touched yet', 'エスカレーション: {0} が未対応です'),
  label(
    'MA_Notify_Manager_Body',
    'Notification body to the owner\'s manager ({0}: due time).',
    'An MQL owned by your team is still untouched. First touch is due by {0}.',
    'チームの担当する MQL がまだ対応されていません。初回対応の期限は {0} です。',
  ),
  label('MA_Notify_Reassigned_Title', 'Notification title: an MQL was reassigned ({0}: record name).', 'MQL reassigned to you: {0}', 'MQL が再割り当てされました: {0}'),
  label(
    'MA_Notify_Reassigned_Body',
    'Notification body of a reassignment ({0}: due time).',
    'The previous owner did not touch it in time (due by {0}). Please follow up now.',
    '前の担当者が期限 ({0}) までに対応しませんでした。すぐに対応してください。',
  ),
  label('MA_Task_Subject', 'Subject of the first-touch task ({0}: record name).', 'MA: first touch of MQL {0}', 'MA: MQL {0} への初回対応'),
  label(
    'MA_Task_Description',
    'Description of the first-touch task ({0}: due time, {1}: SLA minutes).',
    'First touch is due by {0} under the agreed handoff SLA ({1} minutes after MQL). Call or email, then set First Touch At.',
    '合意した引き渡し SLA により、初回対応の期限は {0} です (MQL 化から {1} 分)。電話またはメールで対応し、初回対応日時を入力してください。',
  ),
];

module.exports = { labels };
