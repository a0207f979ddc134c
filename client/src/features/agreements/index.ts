// What other features may use of this one (they import nothing else from this folder).
export { commitmentProgress } from './commitment-progress';
