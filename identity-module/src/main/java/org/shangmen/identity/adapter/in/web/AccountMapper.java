package org.shangmen.identity.adapter.in.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.identity.adapter.in.web.AuthController.AccountResponse;
import org.shangmen.identity.adapter.in.web.AuthController.TokenResponse;
import org.shangmen.identity.application.port.in.OwnAccount.AccountView;
import org.shangmen.identity.application.port.in.SignedIn;
import org.shangmen.kernel.Zones;

/** Accounts and sign-in answers as the client reads them: times in the city's offset, to the second. */
@Mapper
interface AccountMapper {

    AccountResponse toResponse(AccountView view);

    @Mapping(target = "tokenType", constant = "Bearer")
    @Mapping(target = "expiresIn", expression = "java(expiresIn(signedIn))")
    @Mapping(target = "phone", source = "maskedPhone")
    TokenResponse toResponse(SignedIn signedIn);

    default OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(Zones.CHINA).toOffsetDateTime();
    }

    default <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }

    /** The access token's lifetime in whole seconds. */
    default long expiresIn(SignedIn signedIn) {
        return Math.max(0, Duration.between(signedIn.issuedAt(), signedIn.accessTokenExpiresAt()).toSeconds());
    }
}
