// Registers @sa11y/jest's toBeAccessible() for every component test.
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();
