package dev.roster.enrollment.catalog.application;

/** How asking for a seat in a course ended: taken, or why not (an unknown course counts as not open). */
public enum SeatReservation { RESERVED, FULL, NOT_OPEN }
