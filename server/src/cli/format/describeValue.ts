import type { ClaimValue, EntityValue, Qualifier } from '../../engine/types';

// Normalised values in the words a researcher reads: "over 60%", "£10,000,000", "770 staff",
// "NOT employee-owned co-operative". Used by the text listing and by conflict messages.

export function describeEntityValue(value: EntityValue): string {
  switch (value.kind) {
    case 'percentage':
      return qualified(value.qualifier, `${formatNumber(value.value)}%`);
    case 'money':
      return qualified(value.qualifier, formatMoney(value.amount, value.currency));
    case 'quantity':
      return qualified(value.qualifier, value.noun ? `${formatNumber(value.value)} ${value.noun}` : formatNumber(value.value));
    case 'date':
      return `${value.iso} (${value.precision})`;
  }
}

export function describeClaimValue(value: ClaimValue): string {
  switch (value.kind) {
    case 'category':
      return `${value.polarity === 'deny' ? 'NOT ' : ''}${value.category}${value.hedged ? ' (hedged)' : ''}`;
    case 'number': {
      const range = value.low !== undefined && value.high !== undefined && value.low !== value.high
        ? ` (${formatUnit(value.low, value.unit)}–${formatUnit(value.high, value.unit)})`
        : '';
      return qualified(value.qualifier, formatUnit(value.value, value.unit)) + range;
    }
    case 'role':
      return value.title;
    case 'date':
      return value.iso;
  }
}

function qualified(qualifier: Qualifier | undefined, text: string): string {
  return qualifier ? `${qualifier} ${text}` : text;
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** Claim units are "%", a currency code, or the counted noun ("staff"). */
function formatUnit(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  if (/^[A-Z]{3}$/.test(unit)) return formatMoney(value, unit);
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

function formatMoney(amount: number, currency: string): string {
  try {
    return amount.toLocaleString('en-GB', { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 0 });
  } catch {
    // Not an ISO 4217 code Intl knows: say it plainly rather than guess a symbol.
    return `${formatNumber(amount)} ${currency}`;
  }
}
