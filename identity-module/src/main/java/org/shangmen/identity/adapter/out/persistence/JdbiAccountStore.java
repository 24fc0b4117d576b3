package org.shangmen.identity.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.identity.application.port.out.SocialLogin.SocialIdentity;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.FieldCipher;
import org.springframework.stereotype.Repository;

/** Accounts in {@code identity.account}: phone and e-mail encrypted, looked up by keyed hash. */
@Repository
class JdbiAccountStore implements AccountStore {

    private static final String COLUMNS = "id, status, roles, phone_cipher, email_cipher, email_verified, username, password_hash, "
            + "failed_logins, locked_until, password_change_required, permissions, created_at";

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final Clock clock;

    JdbiAccountStore(Jdbi jdbi, FieldCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public boolean insert(Account a) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO identity.account (id, status, roles, phone_cipher, phone_hash, "
                        + "email_cipher, email_hash, email_verified, username, password_hash, failed_logins, locked_until, "
                        + "password_change_required, permissions, is_admin, created_at, updated_at) VALUES (:id, :status, :roles, "
                        + ":phoneCipher, :phoneHash, :emailCipher, :emailHash, :emailVerified, :username, :passwordHash, :failedLogins, "
                        + ":lockedUntil, :passwordChangeRequired, :permissions, :isAdmin, :createdAt, :updatedAt) ON CONFLICT DO NOTHING")
                .bind("id", a.id())
                .bind("createdAt", a.createdAt())
                .bind("isAdmin", a.roles().contains(Role.ADMIN))
                .bindMap(values(a))
                .execute()) == 1;
    }

    @Override
    public void update(Account a) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE identity.account SET status = :status, roles = :roles, phone_cipher = :phoneCipher, "
                        + "phone_hash = :phoneHash, email_cipher = :emailCipher, email_hash = :emailHash, email_verified = :emailVerified, "
                        + "username = :username, password_hash = :passwordHash, failed_logins = :failedLogins, locked_until = :lockedUntil, "
                        + "password_change_required = :passwordChangeRequired, permissions = :permissions, updated_at = :updatedAt "
                        + "WHERE id = :id")
                .bind("id", a.id())
                .bindMap(values(a))
                .execute());
    }

    private java.util.Map<String, Object> values(Account a) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        v.put("status", a.status().name());
        v.put("roles", a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        v.put("phoneCipher", a.phone().map(p -> cipher.encrypt(p.e164())).orElse(null));
        v.put("phoneHash", a.phone().map(this::phoneHash).orElse(null));
        v.put("emailCipher", a.email().map(e -> cipher.encrypt(e.value())).orElse(null));
        v.put("emailHash", a.email().map(this::emailHash).orElse(null));
        v.put("emailVerified", a.emailVerified());
        v.put("username", a.username().orElse(null));
        v.put("passwordHash", a.passwordHash().orElse(null));
        v.put("failedLogins", a.failedLogins());
        v.put("lockedUntil", a.lockedUntil().map(i -> i.atOffset(java.time.ZoneOffset.UTC)).orElse(null));
        v.put("passwordChangeRequired", a.passwordChangeRequired());
        v.put("permissions", String.join(",", new TreeSet<>(a.permissions())));
        v.put("updatedAt", clock.instant().atOffset(java.time.ZoneOffset.UTC));
        return v;
    }

    @Override
    public Optional<Account> byId(UUID id) {
        return one("id = :v", id);
    }

    @Override
    public Optional<Account> byPhone(PhoneNumber phone) {
        return one("phone_hash = :v", phoneHash(phone));
    }

    @Override
    public Optional<Account> byEmail(EmailAddress email) {
        return one("email_hash = :v", emailHash(email));
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return one("username = :v", username.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public boolean anyOperator() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM identity.account WHERE is_admin").mapTo(Long.class).one()) > 0;
    }

    @Override
    public List<Account> operators() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM identity.account WHERE is_admin ORDER BY created_at")
                .map(this::map).list());
    }

    @Override
    public Optional<UUID> accountOf(SocialIdentity identity) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id FROM identity.social_binding "
                        + "WHERE provider = :provider AND app_id = :appId AND open_id = :openId")
                .bind("provider", identity.provider().name()).bind("appId", identity.appId()).bind("openId", identity.openId())
                .mapTo(UUID.class).findOne());
    }

    @Override
    public Optional<UUID> accountOfUnion(SocialLogin.Provider provider, String unionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT account_id FROM identity.social_binding "
                        + "WHERE provider = :provider AND union_id = :unionId")
                .bind("provider", provider.name()).bind("unionId", unionId)
                .mapTo(UUID.class).findFirst());
    }

    @Override
    public boolean bind(SocialIdentity identity, UUID accountId) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO identity.social_binding (provider, app_id, open_id, union_id, account_id, created_at) "
                        + "VALUES (:provider, :appId, :openId, :unionId, :accountId, :createdAt) ON CONFLICT DO NOTHING")
                .bind("provider", identity.provider().name()).bind("appId", identity.appId()).bind("openId", identity.openId())
                .bind("unionId", identity.unionId().orElse(null)).bind("accountId", accountId).bind("createdAt", clock.instant())
                .execute()) == 1;
    }

    @Override
    public int unbind(UUID accountId, SocialLogin.Provider provider) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM identity.social_binding WHERE account_id = :id AND provider = :provider")
                .bind("id", accountId).bind("provider", provider.name()).execute());
    }

    @Override
    public Set<String> providersOf(UUID accountId) {
        return Set.copyOf(jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT provider FROM identity.social_binding WHERE account_id = :id")
                .bind("id", accountId).mapTo(String.class).list()));
    }

    @Override
    public Optional<String> openIdOf(UUID accountId, SocialLogin.Provider provider, String appId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT open_id FROM identity.social_binding "
                        + "WHERE account_id = :id AND provider = :provider AND app_id = :appId ORDER BY created_at DESC")
                .bind("id", accountId).bind("provider", provider.name()).bind("appId", appId)
                .mapTo(String.class).findFirst());
    }

    private Optional<Account> one(String where, Object value) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM identity.account WHERE " + where)
                .bind("v", value).map(this::map).findOne());
    }

    private Account map(ResultSet rs, StatementContext ctx) throws SQLException {
        String phone = rs.getString("phone_cipher");
        String email = rs.getString("email_cipher");
        String roles = rs.getString("roles");
        String permissions = rs.getString("permissions");
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(
                rs.getObject("id", UUID.class),
                Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).collect(Collectors.toSet()),
                Account.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(phone).map(cipher::decrypt).map(PhoneNumber::new),
                Optional.ofNullable(email).map(cipher::decrypt).map(EmailAddress::new),
                rs.getBoolean("email_verified"),
                Optional.ofNullable(rs.getString("username")),
                Optional.ofNullable(rs.getString("password_hash")),
                rs.getInt("failed_logins"),
                Optional.ofNullable(locked).map(OffsetDateTime::toInstant),
                rs.getBoolean("password_change_required"),
                permissions == null || permissions.isBlank() ? Set.of() : Set.of(permissions.split(",")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private String phoneHash(PhoneNumber phone) {
        return cipher.lookupHash("phone:" + phone.e164());
    }

    private String emailHash(EmailAddress email) {
        return cipher.lookupHash("email:" + email.value());
    }

}
