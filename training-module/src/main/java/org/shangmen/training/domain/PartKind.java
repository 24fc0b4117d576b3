package org.shangmen.training.domain;

/** The parts a course is made of: video lessons, reading, homework, offline sessions, practical exams. */
public enum PartKind {
    VIDEO, READING, HOMEWORK, SESSION, PRACTICAL;

    /** Parts a worker must pass to complete the course; reading is offered, not checked. */
    public boolean required() {
        return this != READING;
    }
}
