-- Annual evaluation of residential areas against the five campaign contents (guidance 83/HD-MTTW-BTT): criteria with
-- points set by each province per year, classification thresholds, each area's self-assessment and the commune's
-- confirmed scores.

create table review_criterion (
    id           bigserial primary key,
    province_id  bigint      not null references unit (id),
    year         int         not null,
    code         varchar(16) not null,
    content_no   int         not null check (content_no between 1 and 5),
    text         text        not null,
    max_points   int         not null check (max_points > 0),
    position     int         not null,
    unique (province_id, year, code)
);

create table review_class (
    id           bigserial primary key,
    province_id  bigint      not null references unit (id),
    year         int         not null,
    min_points   int         not null check (min_points >= 0),
    label        text        not null,
    unique (province_id, year, min_points)
);

create table area_evaluation (
    id              bigserial primary key,
    area_id         bigint      not null references residential_area (id),
    year            int         not null,
    status          varchar(16) not null check (status in ('SELF_ASSESSED', 'CONFIRMED')),
    self_total      int         not null,
    confirmed_total int,
    class_label     text,
    assessed_by     varchar(64) not null,
    confirmed_by    varchar(64),
    confirmed_at    timestamptz,
    unique (area_id, year)
);

create table area_evaluation_score (
    evaluation_id    bigint not null references area_evaluation (id),
    criterion_id     bigint not null references review_criterion (id),
    self_points      int    not null check (self_points >= 0),
    confirmed_points int check (confirmed_points >= 0),
    primary key (evaluation_id, criterion_id)
);
