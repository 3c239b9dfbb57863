// Money arrives from the API as a decimal string in major units ("1234.50") and is shown as it is:
// the pages never turn an amount into a binary floating-point number, so nothing is rounded here.

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1234.5" -> "1,234.5"; anything that is not a plain decimal is shown unchanged. */
export function formatAmount(amount) {
  const text = String(amount ?? '').trim();
  const match = PLAIN.exec(text);
  if (!match) {
    return text;
  }
  const [, sign, whole, fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (sign ? '\u2212' : '') + grouped + (fraction === undefined ? '' : '.' + fraction);
}

/** "129.00", "EUR" -> "129.00 EUR". */
export function formatMoney(amount, currency) {
  return currency ? `${formatAmount(amount)} ${currency}` : formatAmount(amount);
}

/** A discount line: the amount the API gives is what comes off, shown with a minus sign. */
export function formatDiscount(amount, currency) {
  const text = String(amount ?? '').trim();
  if (/^0+(\.0+)?$/.test(text)) {
    return formatMoney(text, currency);
  }
  return '\u2212' + formatMoney(text.replace(/^-/, ''), currency);
}

/** The API's one money shape, {amount: "129.00", currency: "EUR"} -> "129.00 EUR". */
export function showMoney(money) {
  return formatMoney(money?.amount, money?.currency);
}

/** A discount line's {amount, currency}, shown as what comes off. */
export function showDiscount(money) {
  return formatDiscount(money?.amount, money?.currency);
}

/** True for a zero amount ("0.00", "0"), read off the decimal string rather than a float. */
export function isZero(money) {
  return /^-?0+(\.0+)?$/.test(String(money?.amount ?? '').trim());
}

/**
 * What an administrator typed as a price, made into the API's plain decimal: spaces and
 * thousands separators go, a lone decimal comma becomes a point ("1 234,5" -> "1234.5").
 * Whatever is still not a number is sent as typed, so the API's refusal names the field.
 */
export function normalizeAmount(input) {
  let text = String(input ?? '').trim().replace(/[\s\u00a0']/g, '');
  if (!text.includes('.') && (text.match(/,/g) || []).length === 1 && /,\d{1,2}$/.test(text)) {
    return text.replace(',', '.');
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    text = text.replace(/,/g, '');
  }
  return text;
}

/** A fill rate as a percentage with one decimal; accepts a fraction (0.5) or a decimal string ("0.5"). */
export function formatRate(rate) {
  const value = typeof rate === 'number' ? rate : Number.parseFloat(String(rate ?? ''));
  if (!Number.isFinite(value)) {
    return '\u2013';
  }
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

const RULES = {
  volume_tier: 'Volume discount',
  member: 'Member discount',
  coupon: 'Coupon',
  first_order_credit: 'First-order credit',
};

/** A discount rule's name as a person reads it; an unknown rule shows its API name. */
export function ruleLabel(rule) {
  return RULES[rule] ?? String(rule);
}
