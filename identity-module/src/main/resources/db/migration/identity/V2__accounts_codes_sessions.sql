-- Accounts. Phone and e-mail are encrypted (AES-256-GCM, key-versioned) and found by keyed hash.
CREATE TABLE identity.account
(
    id                       UUID                     NOT NULL PRIMARY KEY,
    status                   VARCHAR(16)              NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    roles                    VARCHAR(64)              NOT NULL,
    phone_cipher             VARCHAR(255),
    phone_hash               VARCHAR(64) UNIQUE,
    email_cipher             VARCHAR(512),
    email_hash               VARCHAR(64) UNIQUE,
    email_verified           BOOLEAN                  NOT NULL DEFAULT FALSE,
    username                 VARCHAR(32) UNIQUE,
    password_hash            VARCHAR(100),
    failed_logins            INT                      NOT NULL DEFAULT 0,
    locked_until             TIMESTAMP WITH TIME ZONE,
    password_change_required BOOLEAN                  NOT NULL DEFAULT FALSE,
    permissions              VARCHAR(255)             NOT NULL DEFAULT '',
    is_admin                 BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_admins_idx ON identity.account (is_admin);

-- A person's identity at WeChat or QQ: openid per app, unionid across the provider's apps.
CREATE TABLE identity.social_binding
(
    provider   VARCHAR(10)              NOT NULL CHECK (provider IN ('WECHAT', 'QQ')),
    app_id     VARCHAR(64)              NOT NULL,
    open_id    VARCHAR(128)             NOT NULL,
    union_id   VARCHAR(128),
    account_id UUID                     NOT NULL REFERENCES identity.account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, app_id, open_id)
);
CREATE INDEX social_binding_union_idx ON identity.social_binding (provider, union_id);
CREATE INDEX social_binding_account_idx ON identity.social_binding (account_id);

-- SMS verification codes: only keyed hashes of the phone, the code and the requesting address.
CREATE TABLE identity.verification_code
(
    id              UUID                     NOT NULL PRIMARY KEY,
    target_hash     VARCHAR(64)              NOT NULL,
    purpose         VARCHAR(20)              NOT NULL CHECK (purpose IN ('REGISTER', 'LOGIN', 'RESET_PASSWORD', 'BIND_PHONE')),
    code_hash       VARCHAR(64)              NOT NULL,
    requester_hash  VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INT                      NOT NULL DEFAULT 0,
    consumed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX verification_code_target_idx ON identity.verification_code (target_hash, created_at);
CREATE INDEX verification_code_requester_idx ON identity.verification_code (requester_hash, created_at);

-- At most one code per phone per minute, even when two requests race.
CREATE TABLE identity.code_send_slot
(
    target_hash VARCHAR(64) NOT NULL,
    minute_bucket BIGINT    NOT NULL,
    PRIMARY KEY (target_hash, minute_bucket)
);

-- Sign-in sessions; each has one family of rotating refresh tokens.
CREATE TABLE identity.session
(
    id            UUID                     NOT NULL PRIMARY KEY,
    account_id    UUID                     NOT NULL REFERENCES identity.account (id),
    remember_me   BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoke_reason VARCHAR(32)
);
CREATE INDEX session_account_idx ON identity.session (account_id);

CREATE TABLE identity.refresh_token
(
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    session_id UUID                     NOT NULL REFERENCES identity.session (id),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX refresh_token_session_idx ON identity.refresh_token (session_id);

-- Single-use tokens behind mailed links.
CREATE TABLE identity.one_time_token
(
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES identity.account (id),
    purpose    VARCHAR(20)              NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

-- Failed sign-ins per client address (keyed hash), to slow guessing across accounts.
CREATE TABLE identity.sign_in_failure
(
    address_hash VARCHAR(64)              NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_address_idx ON identity.sign_in_failure (address_hash, failed_at);
