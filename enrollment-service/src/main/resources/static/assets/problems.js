// Every refusal of the API is an RFC 9457 problem document with a stable `code`. This turns one into
// what a person reads: a sentence for the whole form and a message beside each field it names.

/** Sentences for the codes a person meets while using the pages; other codes show the API's own detail. */
const MESSAGES = {
  network_error: 'Roster could not be reached. Check your connection and try again.',
  unauthenticated: 'Your session has ended. Please log in again.',
  forbidden: 'This page is for administrators.',
  invalid_credentials: 'That email and password do not match an account.',
  too_many_login_attempts: 'Too many attempts to log in. Please wait a few minutes and try again.',
  email_taken: 'An account with this email already exists. Log in instead?',
  validation_failed: 'Some fields need attention.',
  course_full: 'This course is full: no seat was taken and nothing was charged.',
  course_not_open: 'This course is not open for enrollment.',
  already_enrolled: 'You are already enrolled in this course.',
  coupon_invalid: 'This coupon cannot be used.',
  card_declined: 'Your card was declined. No seat was taken and nothing was charged.',
  payment_declined: 'The payment was declined. No seat was taken and nothing was charged.',
  provider_unavailable: 'The payment provider is not answering. Nothing was charged; please try again.',
  request_in_progress: 'Your purchase is still being processed. Please wait a moment.',
  course_code_taken: 'Another course already has this code.',
  coupon_code_taken: 'Another coupon already has this code.',
  capacity_below_seats_taken: 'The capacity cannot be below the seats already taken.',
  invalid_transition: 'That status change is not allowed.',
  course_not_found: 'This course does not exist, or is not published.',
  enrollment_not_found: 'This enrollment does not exist.',
  not_found: 'Nothing was found at this address.',
  internal_error: 'Something went wrong on our side. Please try again later.',
};

/** Why a coupon was refused (`reason` of coupon_invalid). */
const COUPON_REASONS = {
  unknown: 'There is no coupon with this code.',
  expired: 'This coupon has expired.',
  not_yet_valid: 'This coupon is not valid yet.',
  exhausted: 'This coupon has been used up.',
};

/** Codes that are about one field although the API sends no pointer with them. */
const CODE_FIELDS = {
  email_taken: 'email',
  course_code_taken: 'code',
  coupon_code_taken: 'code',
  capacity_below_seats_taken: 'capacity',
  coupon_invalid: 'coupon',
  invalid_transition: 'status',
  course_not_open: 'status',
};

/** '/price/amount' -> 'price'; '/title' -> 'title'; '' or missing -> null. */
export function fieldOf(pointer) {
  const first = String(pointer ?? '').split('/')[1];
  if (!first) {
    return null;
  }
  return first.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A readable sentence for a problem; the code's own sentence first, then the API's detail. */
export function messageFor(problem, status) {
  const code = problem?.code;
  if (code === 'coupon_invalid' && COUPON_REASONS[problem.reason]) {
    return COUPON_REASONS[problem.reason];
  }
  if (code && MESSAGES[code]) {
    return MESSAGES[code];
  }
  if (problem?.detail) {
    return String(problem.detail);
  }
  if (problem?.title) {
    return String(problem.title);
  }
  return status >= 500 ? MESSAGES.internal_error : `The request failed (${status}).`;
}

/**
 * {message, fields}: `fields` maps a request field ('price', 'capacity', a query parameter such as
 * 'coupon') to its messages, so a form shows each beside its control.
 */
export function describeProblem(problem, status) {
  const fields = {};
  const add = (field, text) => {
    (fields[field] ??= []).push(text);
  };
  for (const error of Array.isArray(problem?.errors) ? problem.errors : []) {
    const field = error.pointer !== undefined ? fieldOf(error.pointer) : error.parameter ?? null;
    const detail = String(error.detail ?? error.message ?? 'is not valid');
    const subField = String(error.pointer ?? '').split('/').slice(2).join(' ');
    if (field) {
      add(field, subField ? `${subField} ${detail}` : detail);
    }
  }
  const message = messageFor(problem, status);
  const codeField = CODE_FIELDS[problem?.code];
  if (codeField && !fields[codeField]) {
    add(codeField, message);
  }
  return { code: problem?.code ?? null, message, fields };
}
