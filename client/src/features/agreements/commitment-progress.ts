import type { CommitmentProgressFragment } from './operations.generated';

/** Of an agreement's commitments: how many there are, how many are fulfilled, how many are late. */
export function commitmentProgress(agreement: CommitmentProgressFragment): { total: number; done: number; late: number } {
  const { commitments } = agreement;
  return {
    total: commitments.length,
    done: commitments.filter((c) => c.status === 'FULFILLED').length,
    late: commitments.filter((c) => c.isOverdue).length,
  };
}
