-- People's satisfaction survey (guidance 90/HD-MTTW-BTT): ballot templates with questions and answer options (the
-- options that count as satisfied are marked), survey rounds for a commune or district with their thresholds, and the
-- anonymous tallies per residential area (no names are ever stored).

create table survey_template (
    id    bigserial primary key,
    name  text not null unique
);

create table survey_question (
    id              bigserial primary key,
    template_id     bigint  not null references survey_template (id),
    position        int     not null,
    text            text    not null,
    measures_satisfaction boolean not null default false
);

create table survey_option (
    id           bigserial primary key,
    question_id  bigint  not null references survey_question (id),
    position     int     not null,
    label        text    not null,
    satisfied    boolean not null default false
);

create table survey_round (
    id                      bigserial primary key,
    unit_id                 bigint not null references unit (id),
    template_id             bigint not null references survey_template (id),
    title                   text   not null,
    starts_on               date   not null,
    ends_on                 date   not null check (ends_on >= starts_on),
    min_coverage_pct        int    not null check (min_coverage_pct between 1 and 100),
    satisfied_threshold_pct int    not null check (satisfied_threshold_pct between 1 and 100),
    created_by              varchar(64) not null
);

create table survey_tally (
    round_id            bigint not null references survey_round (id),
    area_id             bigint not null references residential_area (id),
    households_surveyed int    not null check (households_surveyed >= 0),
    entered_by          varchar(64) not null,
    primary key (round_id, area_id)
);

create table survey_tally_answer (
    round_id   bigint not null references survey_round (id),
    area_id    bigint not null references residential_area (id),
    option_id  bigint not null references survey_option (id),
    count      int    not null check (count >= 0),
    primary key (round_id, area_id, option_id)
);
