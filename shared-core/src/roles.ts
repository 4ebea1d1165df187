import { z } from './zod';

/** Who answers, owns tasks and signs: the departments the seed names, plus the CRM admin. */
export const ROLES = ['marketing', 'insideSales', 'sales', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** The three departments whose signatures make a definition set agreed. */
export const SIGNING_ROLES = ['marketing', 'insideSales', 'sales'] as const;
export const SigningRoleSchema = z.enum(SIGNING_ROLES);
export type SigningRole = z.infer<typeof SigningRoleSchema>;
