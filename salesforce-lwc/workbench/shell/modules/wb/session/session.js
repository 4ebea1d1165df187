// The workbench session (role, language, sample users) for the shell's own components.
export { role, lang, users, userId, switchTo, ROLES } from '../../../../platform/internal/session';
