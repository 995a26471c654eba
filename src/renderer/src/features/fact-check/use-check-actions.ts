import { useCallback, useMemo } from 'react';
import type { ClaimStatus } from '../../../../shared/domain/annotation';
import type { Evidence, FactCheck, FactCheckChanges, NewEvidence } from '../../../../shared/domain/fact-check';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { useTagging } from '../tagging/tagging-context';
import { CLAIM_STATUS_LABELS } from './statuses';

type Changes = Exclude<FactCheckChanges, undefined>;

/** The fields of `check` that `changes` touches, as they were: what undoing restores. */
export function previousChanges(check: FactCheck, changes: Changes): Changes {
  const before: Changes = {};
  if (changes.status !== undefined) before.status = check.status;
  if (changes.ratingId !== undefined) before.ratingId = check.rating?.id ?? null;
  if (changes.method !== undefined) before.method = check.method;
  if (changes.checker !== undefined) before.checker = check.checker;
  if (changes.checkedOn !== undefined) before.checkedOn = check.checkedOn;
  if (changes.notes !== undefined) before.notes = check.notes;
  return before;
}

/** Evidence as it was given, to add it again (undo of a removal). */
export function evidenceInput(evidence: Evidence): NewEvidence {
  switch (evidence.kind) {
    case 'annotation':
      return { kind: 'annotation', annotationId: evidence.annotationId!, text: evidence.text };
    case 'source':
      return { kind: 'source', sourceId: evidence.sourceId!, text: evidence.text };
    case 'url':
      return { kind: 'url', url: evidence.url!, text: evidence.text };
    case 'text':
      return { kind: 'text', text: evidence.text };
  }
}

/** Claims by the status they had, so undo gives each its own back in as few calls as there are statuses. */
function byStatus(checks: readonly FactCheck[]): Map<ClaimStatus, number[]> {
  const groups = new Map<ClaimStatus, number[]>();
  for (const check of checks) groups.set(check.status, [...(groups.get(check.status) ?? []), check.claimId]);
  return groups;
}

/**
 * Changes to checks, each an undoable step on the app's one undo stack (Ctrl/Cmd+Z), with
 * the service's refusal shown as a toast. Each returns whether it was done.
 */
export function useCheckActions() {
  const api = useApi();
  const toasts = useToasts();
  const { record } = useTagging();
  const fail = useCallback((title: string, error: unknown) => toasts.show({ tone: 'error', title, message: messageOf(error) }), [toasts]);

  const setStatus = useCallback(
    async (checks: readonly FactCheck[], status: ClaimStatus): Promise<boolean> => {
      const changing = checks.filter((check) => check.status !== status);
      if (changing.length === 0) return true;
      const claimIds = changing.map((check) => check.claimId);
      const label = changing.length === 1 ? `Status set to ${CLAIM_STATUS_LABELS[status].toLowerCase()}` : `${changing.length} claims set to ${CLAIM_STATUS_LABELS[status].toLowerCase()}`;
      try {
        await record(async () => {
          await api.call('factCheck.setStatus', { claimIds, status });
          return {
            result: null,
            step: {
              label,
              undo: async () => {
                for (const [previous, ids] of byStatus(changing)) await api.call('factCheck.setStatus', { claimIds: ids, status: previous });
              },
              redo: async () => void (await api.call('factCheck.setStatus', { claimIds, status })),
            },
          };
        });
        return true;
      } catch (error) {
        fail(changing.length === 1 ? 'Could not change the status' : 'Could not change the statuses', error);
        return false;
      }
    },
    [api, fail, record],
  );

  const update = useCallback(
    async (check: FactCheck, changes: Changes, label = 'Check edited'): Promise<boolean> => {
      const before = previousChanges(check, changes);
      const claimId = check.claimId;
      try {
        await record(async () => ({
          result: await api.call('factCheck.update', { claimId, changes }),
          step: {
            label,
            undo: async () => void (await api.call('factCheck.update', { claimId, changes: before })),
            redo: async () => void (await api.call('factCheck.update', { claimId, changes })),
          },
        }));
        return true;
      } catch (error) {
        fail('Could not save this change', error);
        return false;
      }
    },
    [api, fail, record],
  );

  const addEvidence = useCallback(
    async (check: FactCheck, evidence: NewEvidence): Promise<boolean> => {
      const claimId = check.claimId;
      try {
        await record(async () => {
          let added = (await api.call('factCheck.addEvidence', { claimId, evidence })).evidence;
          return {
            result: added,
            step: {
              label: 'Evidence added',
              undo: async () => void (await api.call('factCheck.removeEvidence', { evidenceId: added.id })),
              redo: async () => void (added = (await api.call('factCheck.addEvidence', { claimId, evidence })).evidence),
            },
          };
        });
        return true;
      } catch (error) {
        fail('Could not add this evidence', error);
        return false;
      }
    },
    [api, fail, record],
  );

  const removeEvidence = useCallback(
    async (check: FactCheck, evidence: Evidence): Promise<boolean> => {
      const claimId = check.claimId;
      const input = evidenceInput(evidence);
      try {
        await record(async () => {
          let current = (await api.call('factCheck.removeEvidence', { evidenceId: evidence.id })).evidence;
          return {
            result: null,
            step: {
              label: 'Evidence removed',
              undo: async () => void (current = (await api.call('factCheck.addEvidence', { claimId, evidence: input })).evidence),
              redo: async () => void (await api.call('factCheck.removeEvidence', { evidenceId: current.id })),
            },
          };
        });
        return true;
      } catch (error) {
        fail('Could not remove this evidence', error);
        return false;
      }
    },
    [api, fail, record],
  );

  return useMemo(() => ({ setStatus, update, addEvidence, removeEvidence }), [setStatus, update, addEvidence, removeEvidence]);
}
