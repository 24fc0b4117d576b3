package org.shangmen.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.shangmen.kernel.DomainException;

/** An e-mail address, trimmed and lower-cased, at most 254 characters. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,63}");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("identity.email-invalid");
        }
    }

    public static EmailAddress parse(String input) {
        if (input == null) {
            throw DomainException.invalid("identity.email-invalid");
        }
        return new EmailAddress(input.strip().toLowerCase(Locale.ROOT));
    }

    /** {@code z***@example.com}. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
