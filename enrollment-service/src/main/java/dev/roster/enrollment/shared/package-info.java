/**
 * The shared kernel: small value types every feature may use (money, paging, identifiers, the
 * domain's refusal). Plain Java only, like every domain package.
 */
package dev.roster.enrollment.shared;
