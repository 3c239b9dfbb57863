import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PurchaseAttempts, outcomeOf, pollDelay, changedFields, isRetryable, uuidFromBytes, newIdempotencyKey } from '../../main/resources/static/assets/purchase.js';

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

const visa = { courseId: 'c1', couponCode: 'SPRING', paymentToken: 'tok_visa' };

test('a second click while a purchase is in flight sends nothing', () => {
  const attempts = new PurchaseAttempts(keys());
  assert.equal(attempts.begin(visa), 'key-1');
  assert.equal(attempts.begin(visa), null);
  attempts.finish(visa, 201);
  assert.equal(attempts.begin(visa), 'key-2');
});

test('a retry after a lost answer reuses the idempotency key', () => {
  for (const status of [0, 500, 502, 503, 409, 429]) {
    const attempts = new PurchaseAttempts(keys());
    const first = attempts.begin(visa);
    attempts.finish(visa, status);
    assert.equal(attempts.begin({ ...visa, couponCode: ' SPRING ' }), first, `after ${status}`);
  }
});

test('a definite answer retires the key, so the next purchase is a new one', () => {
  for (const status of [201, 202, 402, 400, 422]) {
    const attempts = new PurchaseAttempts(keys());
    const first = attempts.begin(visa);
    attempts.finish(visa, status);
    assert.notEqual(attempts.begin(visa), first, `after ${status}`);
  }
});

test('another card or coupon is another purchase with its own key', () => {
  const attempts = new PurchaseAttempts(keys());
  const first = attempts.begin(visa);
  attempts.finish(visa, 0);
  const other = { ...visa, paymentToken: 'tok_slow' };
  assert.notEqual(attempts.begin(other), first);
  attempts.finish(other, 0);
  assert.equal(attempts.begin(visa), first);
});

test('reads what a purchase answer means', () => {
  assert.deepEqual(outcomeOf(201, { id: 'e1' }), { kind: 'confirmed', enrollmentId: 'e1' });
  assert.deepEqual(outcomeOf(202, { id: 'e2' }), { kind: 'pending', enrollmentId: 'e2' });
  assert.deepEqual(outcomeOf(402, { code: 'card_declined', enrollmentId: 'e3' }),
    { kind: 'declined', enrollmentId: 'e3', reason: 'card_declined' });
  assert.equal(outcomeOf(503).kind, 'retry');
  assert.equal(outcomeOf(409).kind, 'retry');
  assert.equal(outcomeOf(422).kind, 'refused');
  assert.equal(isRetryable(404), false);
});

test('polls a pending payment with a doubling delay, capped', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 10].map(pollDelay), [1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  assert.equal(pollDelay(-3), 1000);
});

test('a course edit sends only what changed', () => {
  const course = { title: 'T', price: { amount: '10.00', currency: 'EUR' }, capacity: 5, status: 'DRAFT' };
  assert.deepEqual(changedFields(course, { title: 'T', price: { amount: '10.00', currency: 'eur' }, capacity: 5, status: 'DRAFT' }), {});
  assert.deepEqual(changedFields(course, { title: 'U', price: { amount: '10.00', currency: 'EUR' }, capacity: 6, status: 'OPEN' }),
    { title: 'U', capacity: 6, status: 'OPEN' });
  assert.deepEqual(changedFields(course, { title: 'T', price: { amount: '12', currency: 'EUR' }, capacity: 5, status: 'DRAFT' }),
    { price: { amount: '12', currency: 'EUR' } });
});

test('makes a version-4 UUID from random bytes where randomUUID is not offered', () => {
  const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
  assert.equal(uuidFromBytes(bytes), '00112233-4455-4677-8899-aabbccddeeff');
  assert.equal(uuidFromBytes(new Uint8Array(16).fill(255)), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
  assert.throws(() => uuidFromBytes(new Uint8Array(15)));
  const insecure = { getRandomValues: (array) => array.fill(0) };
  assert.equal(newIdempotencyKey(insecure), '00000000-0000-4000-8000-000000000000');
  assert.equal(newIdempotencyKey({ randomUUID: () => 'given' }), 'given');
});
