// Who the signed-in user is for the sign-off, as the platform says: the
// departments they hold are custom permissions their permission sets grant
// (MA_Department_*), and admin steps follow MA_Manage_Programs. Shown and
// offered from here; the org enforces the same (validation rules, trigger,
// object and field permissions) whatever a page sends.
import HAS_MARKETING from '@salesforce/customPermission/MA_Sign_Marketing';
import HAS_INSIDE_SALES from '@salesforce/customPermission/MA_Sign_Inside_Sales';
import HAS_SALES from '@salesforce/customPermission/MA_Sign_Sales';
import CAN_MANAGE_PROGRAMS from '@salesforce/customPermission/MA_Manage_Programs';

// A custom permission import is true when held and undefined otherwise.
const HELD = { marketing: HAS_MARKETING === true, insideSales: HAS_INSIDE_SALES === true, sales: HAS_SALES === true };

/** The signing departments the signed-in user holds, in the core's order. */
export const HELD_DEPARTMENTS = ['marketing', 'insideSales', 'sales'].filter((department) => HELD[department]);

/** Whether the signed-in user is offered the admin steps (new version, submit for review). */
export const CAN_MANAGE = CAN_MANAGE_PROGRAMS === true;
