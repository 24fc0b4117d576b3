package org.shangmen.identity.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import org.shangmen.kernel.DomainException;

/**
 * A mainland China mobile number in E.164 form ({@code +8613812341234}). Accepts what people type:
 * {@code 138 1234 1234}, {@code +86 138-1234-1234}, {@code 8613812341234}.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+861[3-9][0-9]{9}")) {
            throw DomainException.invalid("identity.phone-invalid");
        }
    }

    public static PhoneNumber parse(String input) {
        if (input == null || input.isBlank() || input.length() > 20 || !input.strip().matches("\\+?[0-9 ()-]+")) {
            throw DomainException.invalid("identity.phone-invalid");
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(input.strip(), "CN");
            PhoneNumberType type = UTIL.getNumberType(parsed);
            if (parsed.getCountryCode() != 86 || !UTIL.isValidNumberForRegion(parsed, "CN")
                    || (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
                throw DomainException.invalid("identity.phone-invalid");
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw DomainException.invalid("identity.phone-invalid");
        }
    }

    /** The eleven digits people know: {@code 13812341234}. */
    public String national() {
        return e164.substring(3);
    }

    /** {@code 138****1234}: what everyone but the owner sees. */
    public String masked() {
        String n = national();
        return n.substring(0, 3) + "****" + n.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
