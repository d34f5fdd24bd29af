-- An emulation criterion may be derived from an indicator of the reporting module: its points are then computed from
-- the members' reported values of the year instead of being typed.
alter table emulation_criterion add column indicator_code varchar(40);
