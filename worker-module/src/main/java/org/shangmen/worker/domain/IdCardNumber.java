package org.shangmen.worker.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.shangmen.kernel.DomainException;

/**
 * A resident identity card number (GB 11643-1999): 17 digits and a check character (0–9 or X),
 * with a real birth date inside. Shown only masked ({@code 4403**********123X}).
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public IdCardNumber {
        if (value == null || !value.matches("[1-9][0-9]{16}[0-9X]") || checkCharacter(value) != value.charAt(17)) {
            throw DomainException.invalid("worker.id-number-invalid");
        }
        try {
            LocalDate birth = LocalDate.parse(value.substring(6, 14), BIRTH);
            if (birth.getYear() < 1900) {
                throw DomainException.invalid("worker.id-number-invalid");
            }
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("worker.id-number-invalid");
        }
    }

    public static IdCardNumber parse(String input) {
        if (input == null) {
            throw DomainException.invalid("worker.id-number-invalid");
        }
        return new IdCardNumber(input.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public int birthYear() {
        return Integer.parseInt(value.substring(6, 10));
    }

    /** The gender the number encodes: odd 17th digit for men, even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
