// Roster's pages: one static page, a view per hash route. Each view returns the nodes of <main>;
// the shell keeps the navigation in step with the session and moves focus to each new heading.

import { ApiError, session, whenSessionEnds } from './api.js';
import { h, announce } from './dom.js';
import { messageFor } from './problems.js';
import { href, parseRoute } from './router.js';
import { catalogView } from './views/catalog.js';
import { courseView } from './views/course.js';
import { loginView, signupView, logOut } from './views/auth.js';
import { enrollmentView, enrollmentsView } from './views/enrollments.js';
import { adminCoursesView, adminCourseNewView, adminCourseView } from './views/admin-courses.js';
import { adminCouponsView } from './views/admin-coupons.js';
import { reportView } from './views/report.js';

const VIEWS = {
  catalog: { view: catalogView, title: 'Courses' },
  course: { view: courseView, title: 'Course' },
  login: { view: loginView, title: 'Log in' },
  signup: { view: signupView, title: 'Sign up' },
  enrollments: { view: enrollmentsView, title: 'My enrollments', needs: 'learner' },
  enrollment: { view: enrollmentView, title: 'Purchase result', needs: 'learner' },
  adminCourses: { view: adminCoursesView, title: 'Courses (admin)', needs: 'admin' },
  adminCourseNew: { view: adminCourseNewView, title: 'New course', needs: 'admin' },
  adminCourse: { view: adminCourseView, title: 'Edit course', needs: 'admin' },
  adminCoupons: { view: adminCouponsView, title: 'Coupons', needs: 'admin' },
  report: { view: reportView, title: 'Sales and fill', needs: 'admin' },
};

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let current = new AbortController();
let firstRender = true;

function link(name, text) {
  return h('li', {}, h('a', { href: href(name) }, text));
}

function renderNav() {
  const who = session.get();
  const items = [link('catalog', 'Courses')];
  if (who) {
    items.push(link('enrollments', 'My enrollments'));
    if (who.admin) {
      items.push(link('adminCourses', 'Manage courses'), link('adminCoupons', 'Coupons'), link('report', 'Report'));
    }
    const out = h('button', { type: 'button', class: 'link' }, 'Log out');
    out.addEventListener('click', async () => {
      await logOut().catch(() => {});
      renderNav();
      announce('You are logged out.');
      // the same address drawn again without the session: a public page stays, one that needs a
      // login sends to the log-in page
      render();
    });
    items.push(h('li', { class: 'who' }, h('span', {}, `Logged in as ${who.name ?? who.email ?? 'you'}`), ' ', out));
  } else {
    items.push(link('login', 'Log in'), link('signup', 'Sign up'));
  }
  nav.replaceChildren(h('ul', {}, items));
}

async function render() {
  current.abort();
  current = new AbortController();
  const signal = current.signal;
  const route = parseRoute(location.hash);
  const entry = VIEWS[route.name];
  renderNav();
  let nodes;
  if (!entry) {
    nodes = [h('h1', { tabindex: '-1' }, 'Page not found'), h('p', {}, h('a', { href: href('catalog') }, 'Back to the courses'))];
  } else if (entry.needs && !session.get()) {
    location.replace(href('login', {}, { next: location.hash }));
    return;
  } else {
    main.setAttribute('aria-busy', 'true');
    try {
      nodes = await entry.view(route, signal);
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      const text = error instanceof ApiError ? messageFor(error.problem, status) : 'This page could not be shown.';
      nodes = [h('h1', { tabindex: '-1' }, entry.title), h('div', { class: 'form-error', role: 'alert' }, text)];
      if (!(error instanceof ApiError)) {
        console.error(error);
      }
    } finally {
      main.removeAttribute('aria-busy');
    }
  }
  if (signal.aborted) {
    return;
  }
  main.replaceChildren(...nodes.flat().filter(Boolean));
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent || entry?.title || 'Roster'} \u00b7 Roster`;
  renderNav();
  if (!firstRender) {
    heading?.focus();
  }
  firstRender = false;
}

whenSessionEnds(() => {
  renderNav();
  announce('Your session has ended. Please log in again.');
});
// the skip link moves focus without touching the hash, which belongs to the router
document.querySelector('.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', render);
render();
