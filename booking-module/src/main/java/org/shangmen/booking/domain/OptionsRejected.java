package org.shangmen.booking.domain;

import java.util.List;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/**
 * A basket whose options do not match the items' declarations (C2.2): code {@code booking.options-invalid},
 * 400, with the first field and the number of problems as message arguments, and every problem with
 * its field for the {@code errors} list of the answer.
 */
public class OptionsRejected extends DomainException {

    public static final String CODE = "booking.options-invalid";

    private final transient List<org.shangmen.booking.domain.FieldProblem> problems;

    public OptionsRejected(List<org.shangmen.booking.domain.FieldProblem> problems) {
        super(ErrorKind.INVALID, CODE, problems.stream()
                .map(p -> new DomainException.FieldProblem(p.field(), p.code(), p.messageArgs())).toList(),
                problems.getFirst().field(), problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<org.shangmen.booking.domain.FieldProblem> problems() {
        return problems;
    }
}
