package org.shangmen.kernel;

import java.util.Objects;

/**
 * A business rule said no. Carries a stable machine {@link #code()} ({@code booking.slot-taken}), the
 * kind of refusal (which the web layer turns into an HTTP status) and the arguments of the human
 * message, which is looked up by code in Chinese or English. Arguments never hold personal data.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final ErrorKind kind;
    private final transient Object[] args;
    private final transient java.util.List<FieldProblem> fieldProblems;

    /** One invalid field of a request, named as the client wrote it ({@code items[0].options.area}). */
    public record FieldProblem(String field, String code, Object... args) {
    }

    public DomainException(ErrorKind kind, String code, Object... args) {
        this(kind, code, java.util.List.of(), args);
    }

    /** A refusal that also names each invalid field, so that clients can show every problem at once. */
    public DomainException(ErrorKind kind, String code, java.util.List<FieldProblem> fieldProblems, Object... args) {
        super(code, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.args = args == null ? new Object[0] : args.clone();
        this.fieldProblems = java.util.List.copyOf(fieldProblems);
    }

    public java.util.List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public static DomainException invalid(String code, Object... args) {
        return new DomainException(ErrorKind.INVALID, code, args);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(ErrorKind.NOT_FOUND, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(ErrorKind.CONFLICT, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(ErrorKind.FORBIDDEN, code, args);
    }

    public static DomainException rejected(String code, Object... args) {
        return new DomainException(ErrorKind.UNPROCESSABLE, code, args);
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }

    public Object[] args() {
        return args.clone();
    }
}
