// The administrator's courses: a listing filtered by status, a form to create one and a form to
// change its title, price, capacity and status, each refusal shown beside its field.

import { get, post, patch } from '../api.js';
import { h, announce, formatInstant } from '../dom.js';
import { field, form, toInteger, toInstant } from '../forms.js';
import { formatMoney, normalizeAmount } from '../money.js';
import { changedFields } from '../purchase.js';
import { href } from '../router.js';

const STATUSES = [['DRAFT', 'Draft'], ['OPEN', 'Open'], ['CLOSED', 'Closed']];

export async function adminCoursesView({ query }) {
  const status = STATUSES.some(([value]) => value === query.status) ? query.status : '';
  const { body } = await get(`/api/v1/admin/courses?size=100${status ? `&status=${status}` : ''}`);
  const filter = h('select', { id: 'status-filter', name: 'status' },
    [['', 'All'], ...STATUSES].map(([value, text]) => h('option', { value, selected: value === status }, text)));
  const filterForm = h('form', { class: 'filter', role: 'search', 'aria-label': 'Filter courses' },
    h('label', { for: 'status-filter' }, 'Status'), filter, h('button', { type: 'submit' }, 'Filter'));
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = href('adminCourses', {}, { status: filter.value });
  });
  const rows = body.items.map((course) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: href('adminCourse', { id: course.id }) }, course.title)),
    h('td', {}, course.code),
    h('td', {}, formatInstant(course.startsAt)),
    h('td', { class: 'number' }, formatMoney(course.price.amount, course.price.currency)),
    h('td', { class: 'number' }, `${course.seatsTaken} / ${course.capacity}`),
    h('td', {}, STATUSES.find(([value]) => value === course.status)?.[1] ?? course.status)));
  return [h('h1', { tabindex: '-1' }, 'Courses'),
    h('p', {}, h('a', { href: href('adminCourseNew'), class: 'button' }, 'New course')),
    filterForm,
    h('table', {}, h('caption', {}, `${body.totalItems} course${body.totalItems === 1 ? '' : 's'}`),
      h('thead', {}, h('tr', {}, ['Title', 'Code', 'Starts', 'Price', 'Seats taken', 'Status']
        .map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, rows))];
}

function priceFields(price) {
  return [field('amount', 'Price', { inputmode: 'decimal', value: price?.amount ?? '', hint: 'In major units, e.g. 129.00' }),
    field('currency', 'Currency', { value: price?.currency ?? 'EUR', maxlength: '3', autocomplete: 'off' })];
}

/** Field names in problem pointers are the request's: 'price' covers both amount and currency. */
function withPriceAlias(fields) {
  const [amount] = fields.filter((f) => f.name === 'amount');
  return amount ? [...fields, { ...amount, name: 'price' }] : fields;
}

export function adminCourseNewView() {
  const fields = [
    field('code', 'Code', { autocomplete: 'off', hint: 'Unique, e.g. JAVA-101' }),
    field('title', 'Title'),
    field('description', 'Description', { kind: 'textarea', rows: '4' }),
    ...priceFields(null),
    field('capacity', 'Capacity', { inputmode: 'numeric', hint: 'Seats, 0 to 10,000' }),
    field('startsAt', 'Starts at (UTC)', { type: 'datetime-local' }),
    field('status', 'Status', { kind: 'select', options: STATUSES, value: 'DRAFT' }),
  ];
  const handle = form('New course', fields, 'Create course', async (values) => {
    const { body } = await post('/api/v1/admin/courses', {
      code: values.code, title: values.title, description: values.description || null,
      price: { amount: normalizeAmount(values.amount), currency: values.currency.trim() },
      capacity: toInteger(values.capacity), startsAt: toInstant(values.startsAt), status: values.status,
    });
    announce(`Course ${body.title} created.`);
    location.hash = href('adminCourse', { id: body.id }, { created: '1' });
  });
  handle.fields = withPriceAlias(handle.fields);
  return [h('h1', { tabindex: '-1' }, 'New course'), handle.element];
}

export async function adminCourseView({ params, query }) {
  let { body: course } = await get(`/api/v1/admin/courses/${encodeURIComponent(params.id)}`);
  const summary = h('p', { class: 'saved', role: 'status' }, query.created ? 'Course created.' : '');
  const seats = h('p', {}, `${course.seatsTaken} of ${course.capacity} seats taken.`);
  const fields = [
    field('title', 'Title', { value: course.title }),
    ...priceFields(course.price),
    field('capacity', 'Capacity', { inputmode: 'numeric', value: String(course.capacity) }),
    field('status', 'Status', { kind: 'select', options: STATUSES, value: course.status }),
  ];
  const handle = form('Edit course', fields, 'Save changes', async (values) => {
    const changes = changedFields(course, {
      title: values.title,
      price: { amount: normalizeAmount(values.amount), currency: values.currency.trim() },
      capacity: toInteger(values.capacity),
      status: values.status,
    });
    if (Object.keys(changes).length === 0) {
      summary.textContent = 'Nothing changed.';
      return;
    }
    course = (await patch(`/api/v1/admin/courses/${encodeURIComponent(course.id)}`, changes)).body;
    seats.textContent = `${course.seatsTaken} of ${course.capacity} seats taken.`;
    summary.textContent = 'Changes saved.';
    announce('Changes saved.');
  });
  handle.fields = withPriceAlias(handle.fields);
  return [h('h1', { tabindex: '-1' }, course.title), h('p', {}, `Code ${course.code} \u00b7 starts ${formatInstant(course.startsAt)}`),
    seats, summary, handle.element,
    course.status === 'DRAFT' ? null : h('p', {}, h('a', { href: href('course', { id: course.id }) }, 'See it in the catalog')),
    h('p', {}, h('a', { href: href('adminCourses') }, 'All courses'))];
}
