package org.shangmen.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.shangmen.kernel.DomainException;

/**
 * Password rules (OWASP ASVS 6.2): 8 to 128 characters, any characters (spaces and Chinese included),
 * no composition rules, refused when among the most common passwords or equal to the account's own
 * phone number or e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String password, String... personalValues) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.invalid("identity.password-too-short", MIN_LENGTH);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw DomainException.invalid("identity.password-too-long", MAX_LENGTH);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw DomainException.invalid("identity.password-too-common");
        }
        for (String personal : personalValues) {
            if (personal != null && !personal.isEmpty() && password.equalsIgnoreCase(personal)) {
                throw DomainException.invalid("identity.password-is-personal");
            }
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
