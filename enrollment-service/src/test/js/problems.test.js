import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeProblem, fieldOf, messageFor } from '../../main/resources/static/assets/problems.js';

test('a JSON pointer names the request field it is about', () => {
  assert.equal(fieldOf('/title'), 'title');
  assert.equal(fieldOf('/price/amount'), 'price');
  assert.equal(fieldOf('/a~1b'), 'a/b');
  assert.equal(fieldOf(''), null);
  assert.equal(fieldOf(undefined), null);
});

test('puts each validation error beside its field, naming the part of a nested one', () => {
  const view = describeProblem({
    code: 'validation_failed', detail: 'The request is invalid.',
    errors: [{ pointer: '/title', detail: 'is required' }, { pointer: '/price/amount', detail: 'must be a decimal number' },
      { pointer: '/title', detail: 'is too long' }],
  }, 400);
  assert.equal(view.message, 'Some fields need attention.');
  assert.deepEqual(view.fields, { title: ['is required', 'is too long'], price: ['amount must be a decimal number'] });
});

test('a query parameter error names the parameter', () => {
  const view = describeProblem({ code: 'invalid_parameter', detail: 'bad', errors: [{ parameter: 'coupon', detail: 'has control characters' }] }, 400);
  assert.deepEqual(view.fields, { coupon: ['has control characters'] });
});

test('a refusal about one field lands beside it although the API sends no pointer', () => {
  assert.deepEqual(describeProblem({ code: 'course_code_taken', detail: 'x' }, 409).fields,
    { code: ['Another course already has this code.'] });
  assert.deepEqual(describeProblem({ code: 'capacity_below_seats_taken', detail: 'x' }, 422).fields,
    { capacity: ['The capacity cannot be below the seats already taken.'] });
  assert.deepEqual(describeProblem({ code: 'email_taken' }, 409).fields.email.length, 1);
});

test('says why a coupon was refused', () => {
  const view = describeProblem({ code: 'coupon_invalid', reason: 'exhausted', detail: 'Coupon SPRING is exhausted.' }, 422);
  assert.equal(view.message, 'This coupon has been used up.');
  assert.deepEqual(view.fields, { coupon: ['This coupon has been used up.'] });
});

test('a decline reads as a sentence, not a code', () => {
  assert.match(messageFor({ code: 'card_declined' }, 402), /declined.*No seat was taken/);
});

test('an unknown code shows the API detail, then its title, then the status', () => {
  assert.equal(messageFor({ code: 'something_new', detail: 'Specific words.' }, 409), 'Specific words.');
  assert.equal(messageFor({ title: 'Conflict' }, 409), 'Conflict');
  assert.equal(messageFor({}, 418), 'The request failed (418).');
  assert.equal(messageFor(null, 503), 'Something went wrong on our side. Please try again later.');
});

test('no answer at all reads as a connection problem', () => {
  assert.match(describeProblem({ code: 'network_error' }, 0).message, /could not be reached/);
});
