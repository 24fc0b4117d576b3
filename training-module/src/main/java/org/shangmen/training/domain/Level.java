package org.shangmen.training.domain;

/** How far a course goes: 入门, 进阶, 专家. */
public enum Level {
    BEGINNER, ADVANCED, EXPERT
}
