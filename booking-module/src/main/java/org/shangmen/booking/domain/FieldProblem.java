package org.shangmen.booking.domain;

import java.util.List;

/**
 * One invalid field of a request, named as the client wrote it ({@code items[0].options.area}), with a
 * message code and its arguments.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }

    /** The message arguments: the field first, then the problem's own. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.size() + 1];
        all[0] = field;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return all;
    }
}
