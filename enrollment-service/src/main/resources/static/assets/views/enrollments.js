// A purchase's result, which follows a pending payment until reconciliation settles it, and the
// learner's enrollments with cancel and the refund.

import { get, post } from '../api.js';
import { h, announce, formatInstant } from '../dom.js';
import { showMoney, isZero } from '../money.js';
import { messageFor } from '../problems.js';
import { pollDelay } from '../purchase.js';
import { href } from '../router.js';

const STATUS = {
  PENDING_PAYMENT: 'Payment pending',
  CONFIRMED: 'Confirmed',
  REJECTED: 'Declined',
  EXPIRED: 'Expired',
  CANCELLED: 'Cancelled',
};

async function courseTitles(ids) {
  const titles = new Map();
  await Promise.all([...new Set(ids)].map(async (id) => {
    try {
      titles.set(id, (await get(`/api/v1/courses/${encodeURIComponent(id)}`)).body.title);
    } catch {
      titles.set(id, 'A course no longer published');
    }
  }));
  return titles;
}

function explain(enrollment) {
  const total = showMoney(enrollment.price.total);
  switch (enrollment.status) {
    case 'CONFIRMED':
      return `Your seat is confirmed. You paid ${total}; a confirmation email is on its way.`;
    case 'PENDING_PAYMENT':
      return 'Your seat is held while the payment provider answers. This page updates by itself.';
    case 'REJECTED':
      return `${messageFor({ code: enrollment.reason ?? 'payment_declined' }, 402)}`;
    case 'EXPIRED':
      return 'The payment was not confirmed in time, so the seat was given back. Nothing was kept.';
    case 'CANCELLED':
      return `Cancelled. ${refundOf(enrollment.price)}`;
    default:
      return enrollment.status;
  }
}

/** The result of a purchase; while pending, asks again with backoff until it is settled. */
export async function enrollmentView({ params }, signal) {
  const path = `/api/v1/enrollments/${encodeURIComponent(params.id)}`;
  let { body: enrollment } = await get(path);
  const titles = await courseTitles([enrollment.courseId]);
  const status = h('p', { class: 'status', 'data-testid': 'enrollment-status' });
  const message = h('p', { class: 'result', 'data-testid': 'enrollment-message' });
  const box = h('section', { class: 'result-box', 'aria-live': 'polite', 'aria-label': 'Purchase result' }, status, message);
  const show = () => {
    box.className = `result-box ${enrollment.status.toLowerCase()}`;
    status.textContent = STATUS[enrollment.status] ?? enrollment.status;
    message.textContent = explain(enrollment);
  };
  show();
  if (enrollment.status === 'PENDING_PAYMENT') {
    (async () => {
      for (let attempt = 0; enrollment.status === 'PENDING_PAYMENT' && !signal.aborted; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, pollDelay(attempt)));
        if (signal.aborted) {
          return;
        }
        try {
          enrollment = (await get(path)).body;
        } catch {
          // a lost answer while polling is retried at the next step of the backoff
        }
      }
      if (!signal.aborted) {
        show();
      }
    })();
  }
  return [h('h1', { tabindex: '-1' }, titles.get(enrollment.courseId)), box,
    h('p', {}, h('a', { href: href('enrollments') }, 'See all my enrollments'))];
}

/**
 * What a cancellation gives back. Said as what happens, not as done: the provider may still be
 * asked (reconciliation retries a refund whose answer was lost), and the API does not say which.
 */
function refundOf(price) {
  return isZero(price.total) ? 'Nothing was paid, so nothing is refunded.'
    : `A refund of ${showMoney(price.total)} goes back to your card.`;
}

function enrollmentRow(enrollment, title) {
  const statusCell = h('td', { 'data-testid': 'status' }, STATUS[enrollment.status] ?? enrollment.status);
  const detail = h('td', {}, enrollment.status === 'CANCELLED' ? refundOf(enrollment.price) : '');
  const actions = h('td', {});
  if (enrollment.status === 'CONFIRMED') {
    const cancel = h('button', { type: 'button' }, `Cancel and refund ${showMoney(enrollment.price.total)}`);
    // the visible words first (WCAG 2.5.3), then which course, for a screen reader's list of buttons
    cancel.setAttribute('aria-label', `${cancel.textContent}: ${title}`);
    cancel.addEventListener('click', async () => {
      cancel.disabled = true;
      try {
        const { body } = await post(`/api/v1/enrollments/${encodeURIComponent(enrollment.id)}/cancel`);
        statusCell.textContent = STATUS[body.status];
        detail.textContent = refundOf(body.price);
        actions.replaceChildren();
        announce(`${title} cancelled. ${refundOf(body.price)}`);
      } catch (error) {
        cancel.disabled = false;
        const text = messageFor(error.problem, error.status);
        detail.textContent = text;
        announce(text);
      }
    });
    actions.append(cancel);
  }
  return h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: href('enrollment', { id: enrollment.id }) }, title)),
    h('td', {}, formatInstant(enrollment.createdAt)),
    h('td', { class: 'number' }, showMoney(enrollment.price.total)),
    statusCell, detail, actions);
}

export async function enrollmentsView() {
  const { body } = await get('/api/v1/enrollments?size=100');
  const titles = await courseTitles(body.items.map((e) => e.courseId));
  if (body.items.length === 0) {
    return [h('h1', { tabindex: '-1' }, 'My enrollments'),
      h('p', {}, 'You have no enrollments yet. ', h('a', { href: href('catalog') }, 'Browse the courses'), '.')];
  }
  return [h('h1', { tabindex: '-1' }, 'My enrollments'),
    h('table', { class: 'enrollments' }, h('caption', {}, 'Your enrollments, newest first'),
      h('thead', {}, h('tr', {}, ['Course', 'Bought', 'Paid', 'Status', 'Refund', 'Actions']
        .map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, body.items.map((e) => enrollmentRow(e, titles.get(e.courseId)))))];
}
