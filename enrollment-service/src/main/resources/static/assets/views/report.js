// The sales and fill report over a date range: per course seats taken of capacity, fill rate,
// confirmed and cancelled enrollments, revenue, refunds, discounts by rule and coupon redemptions.

import { get } from '../api.js';
import { h } from '../dom.js';
import { field, form } from '../forms.js';
import { formatMoney, formatRate, ruleLabel } from '../money.js';
import { href } from '../router.js';

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function money(value) {
  return value ? formatMoney(value.amount, value.currency) : '\u2013';
}

function discounts(byRule) {
  const entries = Array.isArray(byRule)
    ? byRule.map((line) => [line.rule, line.amount ?? line])
    : Object.entries(byRule ?? {});
  if (entries.length === 0) {
    return '\u2013';
  }
  return h('ul', { class: 'plain' }, entries.map(([rule, value]) => h('li', {}, `${ruleLabel(rule)}: ${money(value)}`)));
}

export async function reportView({ query }) {
  const today = new Date();
  const from = query.from ?? isoDay(new Date(today.getTime() - 30 * 86400000));
  const to = query.to ?? isoDay(today);
  const fields = [field('from', 'From', { type: 'date', value: from }), field('to', 'To', { type: 'date', value: to })];
  const result = h('div', { 'aria-live': 'polite' });
  const show = async (range) => {
    const { body } = await get(`/api/v1/admin/reports/sales?from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`);
    const courses = body.courses ?? body.items ?? [];
    result.replaceChildren(courses.length === 0 ? h('p', {}, 'No courses in this range.') : h('table', { class: 'report' },
      h('caption', {}, `Sales and fill from ${range.from} to ${range.to}`),
      h('thead', {}, h('tr', {}, ['Course', 'Status', 'Seats taken', 'Fill rate', 'Confirmed', 'Cancelled',
        'Revenue', 'Refunds', 'Discounts', 'Coupon redemptions'].map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, courses.map((row) => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: href('adminCourse', { id: row.id }) }, row.title), h('br'), h('small', {}, row.code)),
        h('td', {}, row.status),
        h('td', { class: 'number' }, `${row.seatsTaken} / ${row.capacity}`),
        h('td', { class: 'number' }, formatRate(row.fillRate)),
        h('td', { class: 'number' }, String(row.confirmed)),
        h('td', { class: 'number' }, String(row.cancelled)),
        h('td', { class: 'number' }, money(row.revenue)),
        h('td', { class: 'number' }, money(row.refunds)),
        h('td', {}, discounts(row.discounts)),
        h('td', { class: 'number' }, String(row.couponRedemptions)))))));
  };
  const handle = form('Report range', fields, 'Show report', async (values) => {
    history.replaceState(null, '', href('report', {}, values));
    await show(values);
  });
  handle.element.classList.add('inline');
  await show({ from, to });
  return [h('h1', { tabindex: '-1' }, 'Sales and fill'), handle.element, result];
}
