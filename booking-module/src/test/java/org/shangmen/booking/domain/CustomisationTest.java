package org.shangmen.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.QuotedItem.ChosenOption;
import org.shangmen.booking.domain.Customisation.Selection;

class CustomisationTest {

    private final ServiceItem daily = Fixtures.dailyCleaning();

    private static Map<String, Object> options(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private List<FieldProblem> problems(ServiceItem item, Map<String, Object> options) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Selection> selection = Customisation.resolve(item, "items[0].options.", options, problems);
        assertThat(selection.isPresent()).isEqualTo(problems.isEmpty());
        return problems;
    }

    @Test
    @DisplayName("C2.2 daily cleaning with kitchen focus areas, thoroughness, products, area and a note resolves in declaration order")
    void resolves() {
        List<FieldProblem> problems = new ArrayList<>();
        Selection s = Customisation.resolve(daily, "items[0].options.", options("hours", 4, "focus", List.of("hood", "stove"),
                "thoroughness", "deep", "products", "eco", "area", 90, "note", " 家里有猫 "), problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(s.quantity()).isEqualTo(4);
        assertThat(s.chosen()).extracting(ChosenOption::key).containsExactly("hours", "area", "focus", "thoroughness", "products", "note");
        ChosenOption focus = s.chosen().get(2);
        assertThat(focus.value()).isEqualTo("灶台、油烟机");
        assertThat(focus.surchargeFen()).isEqualTo(3_000);
        assertThat(focus.extraMinutes()).isEqualTo(40);
        assertThat(s.chosen().get(3).surchargeBasisPoints()).isEqualTo(2_000);
        assertThat(s.chosen().get(1).value()).isEqualTo("90平方米");
        assertThat(s.chosen().get(5).value()).isEqualTo("家里有猫");
    }

    @Test
    @DisplayName("C2.2 options left out take the number's default, optional choices are skipped")
    void defaults() {
        Selection s = Customisation.resolve(daily, "p.", Map.of(), new ArrayList<>()).orElseThrow();
        assertThat(s.quantity()).isEqualTo(3);
        assertThat(s.chosen()).extracting(ChosenOption::key).containsExactly("hours");
    }

    @Test
    @DisplayName("C2.2 an unknown option is named by its field")
    void unknownOption() {
        assertThat(problems(daily, options("colour", "red"))).containsExactly(FieldProblem.of("items[0].options.colour", "booking.option-unknown"));
    }

    @Test
    @DisplayName("C2.2 an unknown value of a choice or multiple choice is refused with the value")
    void unknownValue() {
        assertThat(problems(daily, options("thoroughness", "sparkling")))
                .containsExactly(FieldProblem.of("items[0].options.thoroughness", "booking.option-value-unknown", "sparkling"));
        assertThat(problems(daily, options("focus", List.of("stove", "ceiling"))))
                .containsExactly(FieldProblem.of("items[0].options.focus", "booking.option-value-unknown", "ceiling"));
    }

    @Test
    @DisplayName("C2.2 a number off its range or its step is refused with min, max and step")
    void outOfRange() {
        assertThat(problems(daily, options("area", 1_000)))
                .containsExactly(FieldProblem.of("items[0].options.area", "booking.option-out-of-range", 20, 300, 10));
        assertThat(problems(daily, options("area", 35))).extracting(FieldProblem::code).containsExactly("booking.option-out-of-range");
        assertThat(problems(daily, options("hours", 1))).extracting(FieldProblem::field).containsExactly("items[0].options.hours");
        assertThat(problems(daily, options("hours", 9_999_999_999L))).extracting(FieldProblem::code)
                .containsExactly("booking.option-out-of-range");
        assertThat(problems(daily, options("hours", new java.math.BigInteger("99999999999999999999999")))).extracting(FieldProblem::code)
                .containsExactly("booking.option-out-of-range");
    }

    @Test
    @DisplayName("C2.2 values of the wrong kind are refused: text for a number, a fraction, a number for a choice")
    void typeMismatch() {
        assertThat(problems(daily, options("area", "90"))).extracting(FieldProblem::code).containsExactly("booking.option-type-mismatch");
        assertThat(problems(daily, options("area", 90.5))).extracting(FieldProblem::code).containsExactly("booking.option-type-mismatch");
        assertThat(problems(daily, options("thoroughness", 1))).extracting(FieldProblem::code).containsExactly("booking.option-type-mismatch");
        assertThat(problems(daily, options("focus", List.of(1, 2)))).extracting(FieldProblem::code)
                .containsExactly("booking.option-type-mismatch");
        assertThat(problems(daily, options("note", List.of("x")))).extracting(FieldProblem::code).containsExactly("booking.option-type-mismatch");
    }

    @Test
    @DisplayName("C2.2 a multiple choice takes at most its maximum, each value once; a single string counts as one value")
    void multipleChoice() {
        assertThat(problems(daily, options("focus", List.of("stove", "hood", "sink", "fridge"))))
                .containsExactly(FieldProblem.of("items[0].options.focus", "booking.option-too-many-values", 3));
        assertThat(problems(daily, options("focus", List.of("stove", "stove")))).extracting(FieldProblem::code)
                .containsExactly("booking.option-duplicate-value");
        assertThat(problems(daily, options("focus", "sink"))).isEmpty();
        assertThat(problems(daily, options("focus", List.of()))).isEmpty();
    }

    @Test
    @DisplayName("C2.2 text longer than its limit is refused; a required choice must be given")
    void textAndRequired() {
        assertThat(problems(daily, options("note", "很".repeat(21))))
                .containsExactly(FieldProblem.of("items[0].options.note", "booking.option-too-long", 20));
        assertThat(problems(daily, options("note", "很".repeat(20)))).isEmpty();
        assertThat(problems(Fixtures.applianceCleaning(), Map.of()))
                .containsExactly(FieldProblem.of("items[0].options.appliance", "booking.option-required"));
    }

    @Test
    @DisplayName("C2.2 every problem of a request is reported at once")
    void allProblems() {
        assertThat(problems(daily, options("colour", "red", "area", 7, "thoroughness", "x"))).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("items[0].options.colour", "items[0].options.area", "items[0].options.thoroughness");
    }
}
