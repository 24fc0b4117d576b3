package org.shangmen.booking.api;

/** A retired item is no longer offered; orders that already hold its snapshot are unaffected. */
public enum ItemStatus { ACTIVE, RETIRED }
