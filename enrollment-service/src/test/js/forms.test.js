import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toInteger, toInstant } from '../../main/resources/static/assets/forms.js';

test('a typed whole number is sent as a JSON number', () => {
  assert.equal(toInteger(' 12 '), 12);
  assert.equal(toInteger('-1'), -1);
  assert.equal(toInteger(''), null);
});

test('anything else is sent as typed, so the API names the field it refuses', () => {
  assert.equal(toInteger('12.5'), '12.5');
  assert.equal(toInteger('ten'), 'ten');
  assert.equal(toInteger('99999999999'), '99999999999');
});

test('a datetime-local value is read as UTC', () => {
  assert.equal(toInstant('2030-01-01T09:00'), '2030-01-01T09:00:00Z');
  assert.equal(toInstant(''), null);
  assert.equal(toInstant('tomorrow'), 'tomorrow');
});
