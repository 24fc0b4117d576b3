package org.shangmen.booking.api;

/** The kinds of customisation an item can declare (C2.2). */
public enum OptionType {
    /** Exactly one of the declared values. */
    CHOICE,
    /** A subset of the declared values, at most {@code maxChoices}. */
    MULTI_CHOICE,
    /** An integer within min..max on the step grid: an area in m², a number of appliances, hours, days. */
    NUMBER,
    /** Free text up to {@code maxLength} characters: a note for the worker. */
    TEXT
}
