/** The report's values: the period asked for and the figures per course. Plain Java only. */
package dev.roster.enrollment.reporting.domain;
