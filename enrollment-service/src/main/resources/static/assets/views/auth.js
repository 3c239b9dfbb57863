// Sign up, log in and log out. After logging in the page asks the API who this is, and whether the
// administrator's listing answers, to decide which links to show; the API still decides access.

import { get, post, request, session, ApiError } from '../api.js';
import { h, announce } from '../dom.js';
import { field, form } from '../forms.js';
import { href } from '../router.js';

export async function logIn(email, password) {
  const { body } = await post('/api/v1/sessions', { email, password });
  session.save({ token: body.token, expiresAt: body.expiresAt });
  const me = await get('/api/v1/learners/me');
  let admin = false;
  try {
    await get('/api/v1/admin/courses?size=1');
    admin = true;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) {
      throw error;
    }
  }
  session.save({ token: body.token, expiresAt: body.expiresAt, name: me.body.name, email: me.body.email, admin });
}

export async function logOut() {
  try {
    await request('DELETE', '/api/v1/sessions/current');
  } finally {
    session.clear();
  }
}

function returnTo(query) {
  return query.next && query.next.startsWith('#/') ? query.next : href('catalog');
}

export function loginView({ query }) {
  const email = field('email', 'Email', { type: 'email', autocomplete: 'username', required: true });
  const password = field('password', 'Password', { type: 'password', autocomplete: 'current-password', required: true });
  const handle = form('Log in', [email, password], 'Log in', async (values) => {
    await logIn(values.email.trim(), values.password);
    announce('You are logged in.');
    location.hash = returnTo(query);
  });
  return [h('h1', { tabindex: '-1' }, 'Log in'), handle.element,
    h('p', {}, 'No account yet? ', h('a', { href: href('signup', {}, { next: query.next }) }, 'Sign up'))];
}

export function signupView({ query }) {
  const name = field('name', 'Name', { autocomplete: 'name', required: true });
  const email = field('email', 'Email', { type: 'email', autocomplete: 'email', required: true });
  const password = field('password', 'Password', {
    type: 'password', autocomplete: 'new-password', required: true,
    hint: 'At least 8 characters; a common password is refused.',
  });
  const handle = form('Sign up', [name, email, password], 'Create account', async (values) => {
    await post('/api/v1/learners', { email: values.email.trim(), name: values.name.trim(), password: values.password });
    await logIn(values.email.trim(), values.password);
    announce('Your account is ready and you are logged in.');
    location.hash = returnTo(query);
  });
  return [h('h1', { tabindex: '-1' }, 'Sign up'), handle.element,
    h('p', {}, 'Already have an account? ', h('a', { href: href('login', {}, { next: query.next }) }, 'Log in'))];
}
