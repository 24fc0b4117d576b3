package org.shangmen.worker.domain;

public enum Gender { FEMALE, MALE }
