// Forms with a label on every control and a message slot beside it. A refusal is written next to
// the fields it names and the form is never rebuilt, so nothing a person typed is lost.

import { h, announce } from './dom.js';
import { describeProblem } from './problems.js';

let counter = 0;

/** A labelled control: kind 'input' (default), 'select' (options: [[value, text]]) or 'textarea'. */
export function field(name, label, { kind = 'input', options = [], value = '', hint, ...attributes } = {}) {
  counter += 1;
  const id = `field-${name}-${counter}`;
  const hintId = hint ? `${id}-hint` : null;
  let control;
  if (kind === 'select') {
    control = h('select', { id, name, ...attributes },
      options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text)));
  } else if (kind === 'textarea') {
    control = h('textarea', { id, name, ...attributes });
    control.value = value ?? '';
  } else {
    control = h('input', { id, name, type: 'text', ...attributes });
    control.value = value ?? '';
  }
  if (hintId) {
    control.setAttribute('aria-describedby', hintId);
  }
  const error = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const wrapper = h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label), hint ? h('p', { id: hintId, class: 'hint' }, hint) : null, control, error);
  return { name, wrapper, control, error, hintId };
}

/** A form with its fields, a form-level alert and a submit button. */
export function form(label, fields, submitText, onSubmit) {
  const alert = h('div', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
  const button = h('button', { type: 'submit' }, submitText);
  const element = h('form', { 'aria-label': label, novalidate: true }, alert, fields.map((f) => f.wrapper),
    h('div', { class: 'actions' }, button));
  const handle = { element, fields, button, alert };
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.disabled) {
      return;
    }
    clearProblems(handle);
    button.disabled = true;
    element.setAttribute('aria-busy', 'true');
    try {
      await onSubmit(values(fields), handle);
    } catch (error) {
      showProblem(handle, error);
    } finally {
      button.disabled = false;
      element.removeAttribute('aria-busy');
    }
  });
  return handle;
}

export function values(fields) {
  return Object.fromEntries(fields.map((f) => [f.name, f.control.value]));
}

export function clearProblems(handle) {
  handle.alert.hidden = true;
  handle.alert.textContent = '';
  for (const f of handle.fields) {
    f.error.hidden = true;
    f.error.textContent = '';
    f.control.removeAttribute('aria-invalid');
    f.control.setAttribute('aria-describedby', f.hintId ?? '');
    if (!f.hintId) {
      f.control.removeAttribute('aria-describedby');
    }
  }
}

/** Writes an ApiError (or any error) into the form: beside each named field, the rest on top. */
export function showProblem(handle, error) {
  const { message, fields } = describeProblem(error?.problem ?? { detail: String(error?.message ?? error) },
    error?.status ?? 0);
  const elsewhere = [];
  for (const [name, messages] of Object.entries(fields)) {
    const target = handle.fields.find((f) => f.name === name);
    if (target) {
      target.error.textContent = messages.join(' ');
      target.error.hidden = false;
      target.control.setAttribute('aria-invalid', 'true');
      target.control.setAttribute('aria-describedby', [target.hintId, target.error.id].filter(Boolean).join(' '));
    } else {
      elsewhere.push(`${name}: ${messages.join(' ')}`);
    }
  }
  handle.alert.textContent = [message, ...elsewhere].join(' ');
  handle.alert.hidden = false;
  announce(message);
  const firstInvalid = handle.fields.find((f) => f.control.getAttribute('aria-invalid') === 'true');
  (firstInvalid?.control ?? handle.alert).focus?.();
}

/** "12" -> 12; anything else is sent as typed, so the API's refusal names the field. */
export function toInteger(text) {
  const trimmed = String(text ?? '').trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed === '' ? null : trimmed;
}

/** A datetime-local value read as UTC ("2030-01-01T09:00" -> "2030-01-01T09:00:00Z"). */
export function toInstant(local) {
  const trimmed = String(local ?? '').trim();
  if (trimmed === '') {
    return null;
  }
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00Z` : trimmed;
}
