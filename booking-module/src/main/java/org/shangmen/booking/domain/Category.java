package org.shangmen.booking.domain;

import java.util.regex.Pattern;
import org.shangmen.kernel.DomainException;

/** A group of service items shown together in the catalogue (C2.1), such as 保洁清洗. */
public record Category(String code, String name, int sortOrder) {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public Category {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainException.invalid("booking.category-code-invalid");
        }
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 20) {
            throw DomainException.invalid("booking.category-name-invalid", 20);
        }
        if (sortOrder < 0 || sortOrder > 10_000) {
            throw DomainException.invalid("booking.sort-order-invalid");
        }
    }
}
