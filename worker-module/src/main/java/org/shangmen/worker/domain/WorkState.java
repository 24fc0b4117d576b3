package org.shangmen.worker.domain;

/** What the worker says they are doing now: 接单中, 休息中, 忙碌中. */
public enum WorkState { WORKING, RESTING, BUSY }
