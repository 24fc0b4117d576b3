package org.shangmen.dispatch.domain;

/** Broadcast offers for workers to grab, or assign the best-ranked free worker directly (A3.1). */
public enum AssignmentMode {
    BROADCAST, AUTO
}
