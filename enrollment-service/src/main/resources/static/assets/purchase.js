// One click buys at most one seat: a purchase in flight blocks another, and a retry of the same
// purchase (same course, coupon and card) after a lost answer sends the same Idempotency-Key, so the
// server replays its first answer instead of charging again.

/** The purchase a learner asked for; two requests are "the same purchase" when these are equal. */
export function intentOf({ courseId, couponCode, paymentToken }) {
  return JSON.stringify([courseId ?? '', (couponCode ?? '').trim(), paymentToken ?? '']);
}

/** Whether an answer leaves the outcome unknown, so the same purchase may be sent again. */
export function isRetryable(status) {
  return status === 0 || status === 409 || status === 429 || status >= 500;
}

export class PurchaseAttempts {
  /** @param newKey makes a fresh Idempotency-Key (crypto.randomUUID in the browser). */
  constructor(newKey) {
    this.newKey = newKey;
    this.keys = new Map();
    this.inFlight = false;
  }

  /** Starts a purchase; null while another is in flight, else the key to send. */
  begin(purchase) {
    if (this.inFlight) {
      return null;
    }
    this.inFlight = true;
    const intent = intentOf(purchase);
    if (!this.keys.has(intent)) {
      this.keys.set(intent, this.newKey());
    }
    return this.keys.get(intent);
  }

  /** Ends the purchase with the answer's status; a definite answer retires its key. */
  finish(purchase, status) {
    this.inFlight = false;
    if (!isRetryable(status)) {
      this.keys.delete(intentOf(purchase));
    }
  }
}

/** What a purchase answer means for the page. */
export function outcomeOf(status, body) {
  if (status === 201) {
    return { kind: 'confirmed', enrollmentId: body?.id };
  }
  if (status === 202) {
    return { kind: 'pending', enrollmentId: body?.id };
  }
  if (status === 402) {
    return { kind: 'declined', enrollmentId: body?.enrollmentId ?? null, reason: body?.code ?? 'payment_declined' };
  }
  return { kind: isRetryable(status) ? 'retry' : 'refused' };
}

/** How long to wait before asking again about a pending enrollment: 1 s, 2 s, 4 s... at most 15 s. */
export function pollDelay(attempt) {
  return Math.min(1000 * 2 ** Math.max(0, attempt), 15000);
}

/** The fields of a course edit that differ from the course as loaded; only those are sent. */
export function changedFields(original, edited) {
  const changes = {};
  if (edited.title !== undefined && edited.title !== original.title) {
    changes.title = edited.title;
  }
  if (edited.price && (edited.price.amount !== original.price.amount
      || edited.price.currency.toUpperCase() !== original.price.currency)) {
    changes.price = edited.price;
  }
  if (edited.capacity !== undefined && edited.capacity !== original.capacity) {
    changes.capacity = edited.capacity;
  }
  if (edited.status !== undefined && edited.status !== original.status) {
    changes.status = edited.status;
  }
  return changes;
}

/**
 * A version-4 UUID from 16 random bytes. Browsers offer crypto.randomUUID only on secure origins
 * (https, localhost); crypto.getRandomValues works everywhere, so a key can always be made.
 */
export function uuidFromBytes(bytes) {
  const b = Array.from(bytes);
  if (b.length !== 16) {
    throw new Error('a UUID needs 16 bytes');
  }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.map((value) => value.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newIdempotencyKey(cryptoApi = globalThis.crypto) {
  return typeof cryptoApi.randomUUID === 'function'
    ? cryptoApi.randomUUID()
    : uuidFromBytes(cryptoApi.getRandomValues(new Uint8Array(16)));
}
