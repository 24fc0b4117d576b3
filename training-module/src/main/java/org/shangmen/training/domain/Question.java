package org.shangmen.training.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A question of a course's bank: single choice, multiple choice or true/false, with its correct options. */
public record Question(UUID id, UUID courseId, Kind kind, String prompt, List<String> options, Set<Integer> correct) {

    public enum Kind {
        SINGLE, MULTIPLE, TRUE_FALSE
    }

    public Question {
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
    }

    /** Options "正确" and "错误" for a true/false question. */
    public static final List<String> TRUE_FALSE = List.of("正确", "错误");

    public boolean answeredBy(Set<Integer> chosen) {
        return correct.equals(chosen);
    }
}
