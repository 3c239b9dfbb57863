import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRoute, href } from '../../main/resources/static/assets/router.js';

test('an empty hash is the catalog', () => {
  for (const hash of ['', '#', '#/', undefined]) {
    assert.equal(parseRoute(hash).name, 'catalog', String(hash));
  }
});

test('reads a path parameter, decoded', () => {
  assert.deepEqual(parseRoute('#/courses/0190a1b2-c3d4'), { name: 'course', params: { id: '0190a1b2-c3d4' }, query: {} });
  assert.equal(parseRoute('#/courses/a%20b').params.id, 'a b');
});

test('a literal segment wins over a parameter', () => {
  assert.equal(parseRoute('#/admin/courses/new').name, 'adminCourseNew');
  assert.equal(parseRoute('#/admin/courses/42').name, 'adminCourse');
});

test('reads the query after the path', () => {
  assert.deepEqual(parseRoute('#/admin/report?from=2026-01-01&to=2026-01-31'),
    { name: 'report', params: {}, query: { from: '2026-01-01', to: '2026-01-31' } });
});

test('an unknown or malformed address is not found, never an exception', () => {
  assert.equal(parseRoute('#/nowhere').name, 'notFound');
  assert.equal(parseRoute('#/courses').name, 'notFound');
  assert.equal(parseRoute('#/courses/%E0%A4%A').name, 'notFound');
  assert.equal(parseRoute('#/courses/1/2').name, 'notFound');
});

test('builds addresses that parse back to the same route', () => {
  const address = href('course', { id: 'x/y?z' });
  assert.equal(address, '#/courses/x%2Fy%3Fz');
  assert.equal(parseRoute(address).params.id, 'x/y?z');
  assert.equal(href('adminCourses', {}, { status: 'OPEN', page: '' }), '#/admin/courses?status=OPEN');
  assert.throws(() => href('nothing'));
});
