-- Second factors. Admins need one on every admin page and actuator endpoint; a recruiter
-- may ask for one at every sign-in (two_factor).
ALTER TABLE account ADD COLUMN two_factor boolean NOT NULL DEFAULT false;

-- A six-digit code mailed to a signed-in account, bound to it: guessing another account's
-- code signs nobody in. One live code per account, five tries, kept only as SHA-256.
CREATE TABLE sign_in_code (
    account_id  bigint      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    code_hash   bytea       NOT NULL CHECK (octet_length(code_hash) = 32),
    expires_at  timestamptz NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0)
);

-- Passkeys, in the tables Spring Security's JDBC repositories read and write
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository). name is the
-- account's email; credentials go with their user entity.
CREATE TABLE user_entities (
    id           varchar(1000) PRIMARY KEY,
    name         varchar(254)  NOT NULL UNIQUE,
    display_name varchar(254)
);

CREATE TABLE user_credentials (
    credential_id                varchar(1000) PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) NOT NULL CHECK (char_length(btrim(label)) BETWEEN 1 AND 60)
);
CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);
