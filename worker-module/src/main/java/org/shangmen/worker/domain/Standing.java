package org.shangmen.worker.domain;

/** Penalties' effect on a worker (A2.1): a warning leaves the standing ACTIVE. */
public enum Standing { ACTIVE, SUSPENDED, REMOVED }
