-- Individual ballots of a satisfaction survey, entered one by one beside the tallies: the residential area and the
-- option chosen per question. A ballot is anonymous: nothing about the respondent is stored, only who typed it in.

create table survey_ballot (
    id          bigserial primary key,
    round_id    bigint      not null references survey_round (id),
    area_id     bigint      not null references residential_area (id),
    entered_by  varchar(64) not null,
    entered_at  timestamptz not null default now()
);
create index survey_ballot_round_area_idx on survey_ballot (round_id, area_id);

create table survey_ballot_answer (
    ballot_id    bigint not null references survey_ballot (id),
    question_id  bigint not null references survey_question (id),
    option_id    bigint not null references survey_option (id),
    primary key (ballot_id, question_id)
);
create index survey_ballot_answer_option_idx on survey_ballot_answer (option_id);
