// A course with a live price quote and the purchase. The quote follows the coupon field as it is
// typed; the purchase button is disabled while a purchase is in flight, and a retry after a lost
// answer reuses the Idempotency-Key (purchase.js), so one click never buys two seats.

import { get, request, session, ApiError } from '../api.js';
import { h, announce, formatInstant } from '../dom.js';
import { showMoney, showDiscount, ruleLabel } from '../money.js';
import { describeProblem } from '../problems.js';
import { PurchaseAttempts, newIdempotencyKey, outcomeOf } from '../purchase.js';
import { href } from '../router.js';

/** The payment sandbox's test cards (README): each token chooses what the provider does. */
const TEST_CARDS = [
  ['tok_visa', 'Visa, charged'],
  ['tok_chargeDeclined', 'Card that is declined'],
  ['tok_slow', 'Slow card: the provider answers late, reconciliation settles it'],
  ['tok_flaky', 'Flaky card: the provider fails twice, then charges'],
];

// one per page load: a retry after navigating away and back still reuses the key
const attempts = new PurchaseAttempts(() => newIdempotencyKey());

export function quoteList(quote) {
  return h('dl', { class: 'quote' },
    h('dt', {}, 'List price'), h('dd', {}, showMoney(quote.listPrice)),
    quote.lines.map((line) => [h('dt', {}, ruleLabel(line.rule)), h('dd', {}, showDiscount(line.amount))]),
    h('dt', { class: 'total' }, 'Total'), h('dd', { class: 'total', 'data-testid': 'quote-total' },
      showMoney(quote.total)));
}

export async function courseView({ params }) {
  const { body: course } = await get(`/api/v1/courses/${encodeURIComponent(params.id)}`);
  const details = h('dl', { class: 'facts' },
    h('dt', {}, 'Code'), h('dd', {}, course.code),
    h('dt', {}, 'Starts'), h('dd', {}, formatInstant(course.startsAt)),
    h('dt', {}, 'Price'), h('dd', {}, showMoney(course.price)),
    h('dt', {}, 'Seats left'), h('dd', {}, `${course.seatsAvailable} of ${course.capacity}`),
    h('dt', {}, 'Enrollment'), h('dd', {}, course.status === 'OPEN' ? 'Open' : 'Closed'));
  const parts = [h('h1', { tabindex: '-1' }, course.title),
    course.description ? h('p', { class: 'description' }, course.description) : null, details];
  if (!session.get()) {
    const next = href('course', { id: course.id });
    parts.push(h('p', { class: 'call' }, h('a', { href: href('login', {}, { next }) }, 'Log in'), ' or ',
      h('a', { href: href('signup', {}, { next }) }, 'sign up'), ' to see your price and buy a seat.'));
  } else if (course.status !== 'OPEN') {
    parts.push(h('p', { class: 'call' }, 'This course is not open for enrollment.'));
  } else {
    parts.push(purchaseForm(course));
  }
  return parts;
}

function purchaseForm(course) {
  const couponInput = h('input', { id: 'coupon', name: 'coupon', type: 'text', autocomplete: 'off',
    'aria-describedby': 'coupon-error' });
  const couponError = h('p', { id: 'coupon-error', class: 'field-error', hidden: true });
  const quoteBox = h('div', { class: 'quote-box', 'aria-live': 'polite', 'data-testid': 'quote' }, 'Working out your price\u2026');
  const cards = h('fieldset', {}, h('legend', {}, 'Test card (payment sandbox)'),
    TEST_CARDS.map(([token, text], i) => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'card', id: `card-${token}`, value: token, checked: i === 0 }),
      h('label', { for: `card-${token}` }, text))));
  const alert = h('div', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
  const buy = h('button', { type: 'submit', class: 'primary' }, 'Buy a seat');
  const element = h('form', { 'aria-label': 'Buy a seat', novalidate: true },
    h('h2', {}, 'Your price'),
    h('div', { class: 'field' }, h('label', { for: 'coupon' }, 'Coupon code (optional)'), couponInput, couponError),
    quoteBox, cards, alert, h('div', { class: 'actions' }, buy));

  let quoteRequest = 0;
  const showCouponProblem = (text) => {
    couponError.textContent = text ?? '';
    couponError.hidden = !text;
    if (text) {
      couponInput.setAttribute('aria-invalid', 'true');
    } else {
      couponInput.removeAttribute('aria-invalid');
    }
  };
  const refreshQuote = async () => {
    const mine = ++quoteRequest;
    const coupon = couponInput.value.trim();
    const query = coupon ? `?coupon=${encodeURIComponent(coupon)}` : '';
    try {
      const { body } = await get(`/api/v1/courses/${encodeURIComponent(course.id)}/quote${query}`);
      if (mine === quoteRequest) {
        showCouponProblem(null);
        quoteBox.replaceChildren(quoteList(body));
      }
    } catch (error) {
      if (mine === quoteRequest) {
        const problem = describeProblem(error.problem, error.status);
        showCouponProblem(problem.fields.coupon?.join(' ') ?? null);
        quoteBox.replaceChildren(h('p', {}, problem.fields.coupon ? 'The price without this coupon is not shown until it is removed.' : problem.message));
      }
    }
  };
  let timer;
  couponInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refreshQuote, 300);
  });
  refreshQuote();

  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    const purchase = { courseId: course.id, couponCode: couponInput.value.trim() || undefined,
      paymentToken: element.querySelector('input[name=card]:checked')?.value };
    const key = attempts.begin(purchase);
    if (key === null) {
      return;
    }
    alert.hidden = true;
    buy.disabled = true;
    buy.textContent = 'Buying\u2026';
    element.setAttribute('aria-busy', 'true');
    let status = 0;
    try {
      const answer = await request('POST', '/api/v1/enrollments', {
        body: purchase, headers: { 'Idempotency-Key': key }, accept: [402],
      });
      status = answer.status;
      const outcome = outcomeOf(answer.status, answer.body);
      location.hash = href('enrollment', { id: outcome.enrollmentId }, { from: 'purchase' });
    } catch (error) {
      status = error instanceof ApiError ? error.status : 0;
      const problem = describeProblem(error.problem, status);
      if (problem.fields.coupon) {
        showCouponProblem(problem.fields.coupon.join(' '));
      }
      const retry = outcomeOf(status).kind === 'retry' ? ' Buying again is safe: you will not be charged twice.' : '';
      alert.textContent = problem.message + retry;
      alert.hidden = false;
      announce(problem.message);
      alert.focus();
    } finally {
      attempts.finish(purchase, status);
      buy.disabled = false;
      buy.textContent = 'Buy a seat';
      element.removeAttribute('aria-busy');
    }
  });
  return element;
}
