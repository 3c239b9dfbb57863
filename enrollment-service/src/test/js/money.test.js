import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount, formatMoney, formatDiscount, showMoney, showDiscount, isZero, normalizeAmount, formatRate, ruleLabel } from '../../main/resources/static/assets/money.js';

test('groups thousands and keeps every decimal the API sent', () => {
  assert.equal(formatAmount('1234567.50'), '1,234,567.50');
  assert.equal(formatAmount('999.00'), '999.00');
  assert.equal(formatAmount('1000'), '1,000');
  assert.equal(formatAmount('0.10'), '0.10');
});

test('shows a negative amount with a minus sign, never rounding it', () => {
  assert.equal(formatAmount('-1234.567'), '\u22121,234.567');
});

test('shows text that is not a plain decimal unchanged rather than guessing', () => {
  assert.equal(formatAmount('1e3'), '1e3');
  assert.equal(formatAmount(undefined), '');
});

test('puts the currency code after the amount', () => {
  assert.equal(formatMoney('109.00', 'EUR'), '109.00 EUR');
  assert.equal(formatMoney('5', undefined), '5');
});

test('shows the API money shape {amount, currency} as amount then currency', () => {
  assert.equal(showMoney({ amount: '1234.50', currency: 'EUR' }), '1,234.50 EUR');
  assert.equal(showMoney({ amount: '500', currency: 'JPY' }), '500 JPY');
});

test('shows a discount line in the API money shape as an amount taken off', () => {
  assert.equal(showDiscount({ amount: '11.00', currency: 'EUR' }), '\u221211.00 EUR');
  assert.equal(showDiscount({ amount: '0.00', currency: 'EUR' }), '0.00 EUR');
});

test('tells a zero amount from a small one without a floating-point number', () => {
  assert.equal(isZero({ amount: '0.00', currency: 'EUR' }), true);
  assert.equal(isZero({ amount: '0', currency: 'JPY' }), true);
  assert.equal(isZero({ amount: '0.01', currency: 'EUR' }), false);
  assert.equal(isZero({ amount: '10.00', currency: 'EUR' }), false);
});

test('shows a discount as an amount taken off, whatever sign the API gives it', () => {
  assert.equal(formatDiscount('11.00', 'EUR'), '\u221211.00 EUR');
  assert.equal(formatDiscount('-11.00', 'EUR'), '\u221211.00 EUR');
  assert.equal(formatDiscount('0.00', 'EUR'), '0.00 EUR');
});

test('turns what an administrator types into the API plain decimal', () => {
  assert.equal(normalizeAmount(' 129.00 '), '129.00');
  assert.equal(normalizeAmount('129,5'), '129.5');
  assert.equal(normalizeAmount('1 234,50'), '1234.50');
  assert.equal(normalizeAmount('1,234.50'), '1234.50');
  assert.equal(normalizeAmount('1,234'), '1234');
});

test('sends what is not a number as typed, so the API refusal names the field', () => {
  assert.equal(normalizeAmount('twelve'), 'twelve');
  assert.equal(normalizeAmount('1,2,3'), '1,2,3');
});

test('shows a fill rate as a percentage with one decimal', () => {
  assert.equal(formatRate(0.5), '50.0%');
  assert.equal(formatRate('0.3333'), '33.3%');
  assert.equal(formatRate(1), '100.0%');
  assert.equal(formatRate(null), '\u2013');
});

test('names discount rules as a person reads them and keeps unknown ones', () => {
  assert.equal(ruleLabel('first_order_credit'), 'First-order credit');
  assert.equal(ruleLabel('loyalty'), 'loyalty');
});
