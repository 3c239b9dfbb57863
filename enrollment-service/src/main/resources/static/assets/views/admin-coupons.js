// The administrator's coupons: the listing and a form to create one.

import { get, post } from '../api.js';
import { h, announce, formatInstant } from '../dom.js';
import { field, form, toInteger, toInstant } from '../forms.js';

export async function adminCouponsView() {
  const tbody = h('tbody', {});
  const caption = h('caption', {});
  const load = async () => {
    const { body } = await get('/api/v1/admin/coupons?size=100');
    caption.textContent = `${body.totalItems} coupon${body.totalItems === 1 ? '' : 's'}`;
    tbody.replaceChildren(...body.items.map((coupon) => h('tr', {},
      h('th', { scope: 'row' }, coupon.code),
      h('td', { class: 'number' }, `${coupon.percentOff}%`),
      h('td', {}, formatInstant(coupon.validFrom)),
      h('td', {}, formatInstant(coupon.validUntil)),
      h('td', { class: 'number' }, `${coupon.redemptions} / ${coupon.maxRedemptions}`))));
  };
  await load();
  const fields = [
    field('code', 'Code', { autocomplete: 'off' }),
    field('percentOff', 'Percent off', { inputmode: 'numeric', hint: '1 to 100' }),
    field('validFrom', 'Valid from (UTC)', { type: 'datetime-local' }),
    field('validUntil', 'Valid until (UTC)', { type: 'datetime-local' }),
    field('maxRedemptions', 'Redemptions allowed', { inputmode: 'numeric' }),
  ];
  const handle = form('New coupon', fields, 'Create coupon', async (values, formHandle) => {
    const { body } = await post('/api/v1/admin/coupons', {
      code: values.code, percentOff: toInteger(values.percentOff), validFrom: toInstant(values.validFrom),
      validUntil: toInstant(values.validUntil), maxRedemptions: toInteger(values.maxRedemptions),
    });
    announce(`Coupon ${body.code} created.`);
    formHandle.fields.forEach((f) => { f.control.value = ''; });
    await load();
  });
  return [h('h1', { tabindex: '-1' }, 'Coupons'),
    h('table', {}, caption, h('thead', {}, h('tr', {}, ['Code', 'Off', 'Valid from', 'Valid until', 'Redeemed']
      .map((name) => h('th', { scope: 'col' }, name)))), tbody),
    h('h2', {}, 'New coupon'), handle.element];
}
