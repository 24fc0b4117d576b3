package org.shangmen.identity.domain;

/** What an SMS verification code may be used for; a code works only for its own purpose. */
public enum CodePurpose {
    REGISTER, LOGIN, RESET_PASSWORD, BIND_PHONE
}
