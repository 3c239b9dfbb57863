// The catalog: every published course with its start, price, seats left and whether it is open.

import { get } from '../api.js';
import { h, formatInstant } from '../dom.js';
import { showMoney } from '../money.js';
import { href } from '../router.js';

export async function catalogView() {
  const { body } = await get('/api/v1/courses?size=100');
  const rows = body.items.map((course) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: href('course', { id: course.id }) }, course.title)),
    h('td', {}, formatInstant(course.startsAt)),
    h('td', { class: 'number' }, showMoney(course.price)),
    h('td', { class: 'number' }, String(course.seatsAvailable)),
    h('td', {}, h('span', { class: `badge ${course.status === 'OPEN' ? 'open' : 'closed'}` },
      course.status === 'OPEN' ? 'Open' : 'Closed'))));
  return [
    h('h1', { tabindex: '-1' }, 'Courses'),
    body.items.length === 0
      ? h('p', {}, 'No courses are published yet.')
      : h('table', { class: 'catalog' },
        h('caption', {}, `${body.totalItems} course${body.totalItems === 1 ? '' : 's'}`),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Course'), h('th', { scope: 'col' }, 'Starts'),
          h('th', { scope: 'col' }, 'Price'), h('th', { scope: 'col' }, 'Seats left'),
          h('th', { scope: 'col' }, 'Enrollment'))),
        h('tbody', {}, rows)),
  ];
}
