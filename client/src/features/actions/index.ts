// What other features may use of this one (they import nothing else from this folder).
export { ActionItemForm } from './ActionItemForm';
export { ActionStatusBadges, LinkedActionItems } from './LinkedActionItems';
