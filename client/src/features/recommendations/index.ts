// What other features may use of this one (they import nothing else from this folder).
export { RecommendationsCard } from './RecommendationsCard';
export { OversightBodiesDocument } from './operations.generated';
