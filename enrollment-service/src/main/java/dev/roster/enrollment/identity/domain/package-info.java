/**
 * Identity's rules: email addresses, the password policy, session tokens and sessions, and the
 * login throttle. Plain Java only: time, randomness and the common-password list are handed in.
 */
package dev.roster.enrollment.identity.domain;
