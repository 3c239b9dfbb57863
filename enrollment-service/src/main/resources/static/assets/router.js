// A hash router keeps Roster one static page: every view has an address (#/courses/ID) that can be
// bookmarked and reloaded, and the server needs no route of its own for any of them.

const ROUTES = [
  ['', 'catalog'],
  ['courses/:id', 'course'],
  ['login', 'login'],
  ['signup', 'signup'],
  ['enrollments', 'enrollments'],
  ['enrollments/:id', 'enrollment'],
  ['admin/courses', 'adminCourses'],
  ['admin/courses/new', 'adminCourseNew'],
  ['admin/courses/:id', 'adminCourse'],
  ['admin/coupons', 'adminCoupons'],
  ['admin/report', 'report'],
];

function segments(path) {
  return path.split('/').filter((segment) => segment !== '');
}

function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** '#/courses/42?coupon=X' -> {name: 'course', params: {id: '42'}, query: {coupon: 'X'}}. */
export function parseRoute(hash) {
  const raw = String(hash ?? '').replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?', 2);
  const query = Object.fromEntries(new URLSearchParams(search));
  const actual = segments(path);
  // literal routes win over parameters: 'admin/courses/new' is not the course called 'new'
  const ordered = [...ROUTES].sort((a, b) => a[0].split(':').length - b[0].split(':').length);
  for (const [pattern, name] of ordered) {
    const expected = segments(pattern);
    if (expected.length !== actual.length) {
      continue;
    }
    const params = {};
    const matches = expected.every((part, i) => {
      if (part.startsWith(':')) {
        const value = decode(actual[i]);
        params[part.slice(1)] = value;
        return value !== null && value !== '';
      }
      return part === actual[i];
    });
    if (matches) {
      return { name, params, query };
    }
  }
  return { name: 'notFound', params: {}, query };
}

/** The address of a view: href('course', {id: 'a b'}) -> '#/courses/a%20b'. */
export function href(name, params = {}, query = {}) {
  const route = ROUTES.find(([, candidate]) => candidate === name);
  if (!route) {
    throw new Error(`no route called ${name}`);
  }
  const path = segments(route[0])
    .map((part) => (part.startsWith(':') ? encodeURIComponent(params[part.slice(1)] ?? '') : part))
    .join('/');
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== '');
  const search = entries.length ? '?' + new URLSearchParams(entries).toString() : '';
  return `#/${path}${search}`;
}
