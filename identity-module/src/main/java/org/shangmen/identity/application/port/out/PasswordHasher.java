package org.shangmen.identity.application.port.out;

/** A slow adaptive password hash (bcrypt). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
