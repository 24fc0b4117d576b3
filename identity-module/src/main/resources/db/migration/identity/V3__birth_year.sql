-- A customer's birth year, given only with consent (for age bands in the platform's insights); removed on withdrawal.
CREATE TABLE identity.customer_birth_year (
    account_id   UUID PRIMARY KEY,
    birth_year   INT                      NOT NULL,
    consented_at TIMESTAMP WITH TIME ZONE NOT NULL
);
