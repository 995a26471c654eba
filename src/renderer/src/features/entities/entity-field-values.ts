import { partialDateSchema } from '../../../../shared/domain/dates';
import type { Entity, EntityChanges } from '../../../../shared/domain/entity';

export type DetailField = 'name' | 'description' | 'date' | 'amount' | 'currency';
export type DetailDraft = Record<DetailField, string>;

export function draftOf(entity: Entity): DetailDraft {
  return {
    name: entity.name,
    description: entity.description,
    date: entity.date ?? '',
    amount: entity.money ? String(entity.money.amount) : '',
    currency: entity.money?.currency ?? '',
  };
}

/** An amount and its currency are one value: both are saved when either is left. */
export function savedTogether(field: DetailField): readonly DetailField[] {
  return field === 'amount' || field === 'currency' ? ['amount', 'currency'] : [field];
}

/** What to send for a field, or why it cannot be sent: the reason to show beside it. */
export function changesFor(field: DetailField, draft: DetailDraft): { changes: EntityChanges } | { problem: string } {
  switch (field) {
    case 'name':
      return draft.name.trim() === '' ? { problem: 'An entity needs a name.' } : { changes: { name: draft.name.trim() } };
    case 'description':
      return { changes: { description: draft.description } };
    case 'date': {
      const date = draft.date.trim();
      if (date === '') return { changes: { date: null } };
      return partialDateSchema.safeParse(date).success ? { changes: { date } } : { problem: 'Write it as 2020, 2020-09 or 2020-09-16.' };
    }
    case 'amount':
    case 'currency': {
      const written = draft.amount.trim().replace(/[\s,_]/g, '');
      const currency = draft.currency.trim().toUpperCase();
      if (written === '' && currency === '') return { changes: { money: null } };
      const amount = Number(written);
      if (written === '' || !Number.isFinite(amount)) return { problem: 'Write the amount as a number, such as 2800000.' };
      if (!/^[A-Z]{3}$/.test(currency)) return { problem: 'Add the currency as three letters, such as USD or EUR.' };
      return { changes: { money: { amount, currency } } };
    }
  }
}
