-- Spring Session JDBC: sessions in PostgreSQL, so several application nodes serve one user.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- Accounts and what each may do. Passwords are stored as adaptive hashes ({bcrypt}...), never in clear.
create table account (
    id              uuid primary key,
    username        text        not null unique check (username = lower(username) and username ~ '^[a-z0-9._-]{3,64}$'),
    display_name    text        not null,
    password_hash   text        not null,
    totp_secret     text,
    totp_enabled    boolean     not null default false,
    failed_sign_ins int         not null default 0,
    locked_until    timestamptz,
    enabled         boolean     not null default true,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create table account_grant (
    account_id  uuid not null references account (id) on delete cascade,
    position    int  not null,
    role        text not null check (role in ('ADMINISTRATOR', 'CHAIR_SECRETARIAT', 'ASEAN_SECRETARIAT',
                                              'DELEGATION_OFFICER', 'PARTNER_OFFICER', 'OBSERVER')),
    scope       text,
    primary key (account_id, position),
    check ((role in ('ADMINISTRATOR', 'ASEAN_SECRETARIAT')) = (scope is null))
);

-- Personal API tokens: only a hash is kept; the token is shown once.
create table api_token (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    name        text        not null,
    token_hash  text        not null unique,
    prefix      text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    last_used_at timestamptz
);
create index api_token_account on api_token (account_id);

-- One-time links that create the first administrator in production.
create table setup_token (
    token_hash  text primary key,
    expires_at  timestamptz not null
);
